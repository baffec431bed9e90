import { Fragment, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { formatDate } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useDataset } from '../../store/AppContext.tsx';
import { CaseChain } from './CaseChain.tsx';
import { CitedPassages } from './CitedPassages.tsx';
import { Isolated } from '../../lib/isolate.tsx';

export interface IncidentDetailProps {
  id: string;
  /** Set by whoever opened the detail when it should take the focus (a click or a key, not a URL). */
  focusRequestRef: RefObject<boolean>;
  /** Opens another incident (a step of the case) and gives its detail the focus. */
  onOpen: (id: string) => void;
  /** Closes the detail and gives the focus back to the row that opened it. */
  onClose: () => void;
}

/** One incident in full: summary, people, sources, and the other events of its case. */
export function IncidentDetail({ id, focusRequestRef, onOpen, onClose }: IncidentDetailProps) {
  const data = useDataset();
  const article = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const incident = data.incidents.find((i) => i.id === id);

  useEffect(() => {
    if (!focusRequestRef.current) return;
    focusRequestRef.current = false;
    // Scroll first, then focus without a second scroll: the reader sees the detail from its top.
    article.current?.scrollIntoView({ block: 'nearest' });
    heading.current?.focus({ preventScroll: true });
  }, [id, focusRequestRef]);

  if (!incident) return null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };

  return (
    <article ref={article} className="incident-detail" aria-labelledby="detail-title" onKeyDown={onKeyDown}>
      <header>
        <p className="meta">
          <time dateTime={incident.date}>{formatDate(incident.date)}</time> ·{' '}
          <span className="swatch" style={{ background: TYPE_COLORS[incident.type] }} aria-hidden="true" />{' '}
          {t.types[incident.type]} · {incident.place ? <Isolated>{incident.place}</Isolated> : t.list.placeUnstated}
        </p>
        <h3 id="detail-title" ref={heading} tabIndex={-1}>
          <Isolated>{incident.title}</Isolated>
        </h3>
        <button type="button" className="close" onClick={onClose} aria-label={t.list.close}>
          ×
        </button>
      </header>
      <p>
        <Isolated>{incident.summary}</Isolated>
      </p>
      {incident.date_note && (
        <p className="note">
          {t.list.dateNote}: <Isolated>{incident.date_note}</Isolated>
        </p>
      )}
      {incident.other_country && (
        <p>
          <strong>{t.list.otherCountry}:</strong>{' '}
          {incident.other_country === 'unknown' ? t.list.otherCountryUnknown : <Isolated>{incident.other_country}</Isolated>}
        </p>
      )}
      {incident.linked_places.length > 0 && (
        <ul className="linked-places">
          {incident.linked_places.map((l) => (
            <li key={l.place_id}>
              <strong>{t.list.linkedWhy}:</strong> <Isolated>{l.place}</Isolated> — <Isolated>{l.why}</Isolated>
            </li>
          ))}
        </ul>
      )}
      {incident.people.length > 0 && (
        <p>
          <strong>{t.list.people}:</strong>{' '}
          {incident.people.map((person, k) => (
            <Fragment key={k}>
              {k > 0 && ', '}
              <PersonName name={person} local={data.local?.people.get(person)} />
            </Fragment>
          ))}
        </p>
      )}
      <CitedPassages incident={incident} onOpen={onOpen} />
      <CaseChain incident={incident} onOpen={onOpen} />
    </article>
  );
}

/** A person as the sources spell them, after their usual Cyrillic name in a Russian or Kazakh view. */
function PersonName({ name, local }: { name: string; local: string | undefined }) {
  if (!local || local === name) return <Isolated>{name}</Isolated>;
  return (
    <>
      <Isolated>{local}</Isolated>{' '}
      <span className="source-spelling" lang="en">
        (<Isolated>{name}</Isolated>)
      </span>
    </>
  );
}
