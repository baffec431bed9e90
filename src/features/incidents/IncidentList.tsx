import { Fragment, useCallback, useMemo, useRef, useState } from 'react';
import { linkedTo, placedIn } from '../../data/deriveView.ts';
import type { Dataset, Incident } from '../../data/Incident.ts';
import type { PlaceFilter } from '../../data/Selection.ts';
import { formatDate } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppActions, useAppStore, useDataset, useView } from '../../store/AppContext.tsx';
import { describeEmpty } from '../charts/index.ts';
import { LazyIncidentDetail, preloadIncidentDetail } from './lazyDetail.ts';
import './IncidentList.css';
import { Isolated } from '../../lib/isolate.tsx';

const PAGE = 25;

/**
 * The incidents of the selection, newest first; choosing one opens its detail and case.
 * The detail opens under its row, where the reader is, and takes the focus; Escape closes
 * it and gives the focus back to the row. An incident that is not among the rows shown (a
 * link, or a step of a case outside the filters) opens above the list.
 */
export function IncidentList() {
  const { incidents } = useView();
  const data = useDataset();
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const selected = useAppStore((s) => s.selection.incident);
  const place = useAppStore((s) => s.selection.place);
  const actions = useAppActions();
  const [shown, setShown] = useState(PAGE);
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusRequestRef = useRef(false);
  /** The row that opened the detail, to return to when it closes. */
  const opener = useRef<string | null>(null);
  const groups = useMemo(() => groupByTie(incidents, place, data.towns), [incidents, place, data.towns]);
  const visibleGroups = firstRows(groups, shown);
  const selectedShown = selected !== null && visibleGroups.some((g) => g.items.some((i) => i.id === selected));

  const open = useCallback(
    (id: string) => {
      focusRequestRef.current = true;
      actions.selectIncident(id);
    },
    [actions],
  );

  const close = useCallback(() => {
    const rowOf = (id: string | null) =>
      id === null ? null : (listRef.current?.querySelector<HTMLElement>(`button[data-incident="${CSS.escape(id)}"]`) ?? null);
    const row = rowOf(selected) ?? rowOf(opener.current);
    actions.selectIncident(null);
    (row ?? headingRef.current)?.focus();
  }, [actions, selected]);

  const detail = selected && (
    <LazyIncidentDetail key={selected} id={selected} focusRequestRef={focusRequestRef} onOpen={open} onClose={close} />
  );

  return (
    <section
      className="incident-list"
      aria-labelledby="list-heading"
      onPointerOver={preloadIncidentDetail}
      onFocus={preloadIncidentDetail}
    >
      <h2 id="list-heading" ref={headingRef} tabIndex={-1}>
        {t.list.heading(incidents.length)}
      </h2>
      {!selectedShown && detail}
      {incidents.length === 0 ? (
        <p className="empty">{describeEmpty(data, from, to, t.list.empty)}</p>
      ) : (
        <div ref={listRef}>
          {visibleGroups.map((g) =>
            g.items.length === 0 ? null : (
              <Fragment key={g.key}>
                {g.heading && <h3 className="list-group">{g.heading}</h3>}
                <ol>
                  {g.items.map((i) => {
                    const isOpen = i.id === selected;
                    return (
                      <li key={i.id} className={isOpen ? 'current' : undefined}>
                        <IncidentRow
                          incident={i}
                          open={isOpen}
                          onOpen={() => {
                            if (isOpen) {
                              actions.selectIncident(null);
                              return;
                            }
                            opener.current = i.id;
                            open(i.id);
                          }}
                        />
                        {isOpen && detail}
                      </li>
                    );
                  })}
                </ol>
              </Fragment>
            ),
          )}
        </div>
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

interface ListGroup {
  key: string;
  heading: string | null;
  items: Incident[];
}

/**
 * With a town chosen, the incidents placed in it and those the sources only tie to it (a
 * person based there, a court sitting there), each under its own heading; otherwise one
 * group. The list's order stays newest first within each group.
 */
function groupByTie(incidents: Incident[], place: PlaceFilter | null, towns: Dataset['towns']): ListGroup[] {
  if (place?.kind !== 'town') return [{ key: 'all', heading: null, items: incidents }];
  const name = towns.get(place.id)?.name ?? place.id;
  const linked = incidents.filter((i) => linkedTo(i, place.id));
  if (linked.length === 0) return [{ key: 'all', heading: null, items: incidents }];
  const placed = incidents.filter((i) => placedIn(i, place.id));
  return [
    { key: 'placed', heading: t.list.placedIn(name, placed.length), items: placed },
    { key: 'linked', heading: t.list.linkedTo(name, linked.length), items: linked },
  ];
}

/** The groups cut to their first `n` rows in all, in order. */
function firstRows(groups: ListGroup[], n: number): ListGroup[] {
  const out: ListGroup[] = [];
  let left = n;
  for (const g of groups) {
    const items = g.items.slice(0, Math.max(0, left));
    left -= items.length;
    out.push({ ...g, items });
  }
  return out;
}
