import { useState } from 'react';
import type { Incident } from '../../data/Incident.ts';
import { formatDate } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppActions, useAppStore, useDataset, useView } from '../../store/AppContext.tsx';
import { describeEmpty } from '../charts/describeCoverage.ts';
import { IncidentDetail } from './IncidentDetail.tsx';
import './IncidentList.css';
import { Isolated } from '../../lib/isolate.tsx';

const PAGE = 25;

/** The incidents of the selection, newest first; choosing one opens its detail and case. */
export function IncidentList() {
  const { incidents } = useView();
  const data = useDataset();
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const selected = useAppStore((s) => s.selection.incident);
  const actions = useAppActions();
  const [shown, setShown] = useState(PAGE);
  const visible = incidents.slice(0, shown);

  return (
    <section className="incident-list" aria-labelledby="list-heading">
      <h2 id="list-heading">{t.list.heading(incidents.length)}</h2>
      {selected && <IncidentDetail id={selected} />}
      {incidents.length === 0 ? (
        <p className="empty">{describeEmpty(data, from, to, t.list.empty)}</p>
      ) : (
        <ol>
          {visible.map((i) => (
            <li key={i.id} className={i.id === selected ? 'current' : undefined}>
              <IncidentRow
                incident={i}
                onOpen={() => actions.selectIncident(i.id === selected ? null : i.id)}
                open={i.id === selected}
              />
            </li>
          ))}
        </ol>
      )}
      {incidents.length > shown && (
        <button type="button" className="more" onClick={() => setShown(shown + PAGE)}>
          {t.list.more(Math.min(PAGE, incidents.length - shown))}
        </button>
      )}
    </section>
  );
}

function IncidentRow({ incident: i, onOpen, open }: { incident: Incident; onOpen: () => void; open: boolean }) {
  return (
    <button type="button" className="incident-row" onClick={onOpen} aria-expanded={open} data-incident={i.id}>
      <span className="meta">
        <time dateTime={i.date}>{formatDate(i.date)}</time>
        <span className="type">
          <span className="swatch" style={{ background: TYPE_COLORS[i.type] }} aria-hidden="true" />
          {t.types[i.type]}
        </span>
        <span className="place">{i.place ? <Isolated>{i.place}</Isolated> : t.list.placeUnstated}</span>
      </span>
      <span className="title">
        <Isolated>{i.title}</Isolated>
      </span>
    </button>
  );
}
