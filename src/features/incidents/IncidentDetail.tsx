import { Fragment } from 'react';
import { formatDate } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppActions, useDataset } from '../../store/AppContext.tsx';
import { Isolated } from '../../lib/isolate.tsx';

/** One incident in full: summary, people, sources, and the other events of its case. */
export function IncidentDetail({ id }: { id: string }) {
  const data = useDataset();
  const actions = useAppActions();
  const incident = data.incidents.find((i) => i.id === id);
  if (!incident) return null;
  const chain = incident.case
    ? data.incidents.filter((i) => i.case === incident.case).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    : [];

  return (
    <article className="incident-detail" aria-labelledby="detail-title" tabIndex={-1}>
      <header>
        <p className="meta">
          <time dateTime={incident.date}>{formatDate(incident.date)}</time> ·{' '}
          <span className="swatch" style={{ background: TYPE_COLORS[incident.type] }} aria-hidden="true" />{' '}
          {t.types[incident.type]} · {incident.place ? <Isolated>{incident.place}</Isolated> : t.list.placeUnstated}
        </p>
        <h3 id="detail-title">
          <Isolated>{incident.title}</Isolated>
        </h3>
        <button type="button" className="close" onClick={() => actions.selectIncident(null)} aria-label={t.list.close}>
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
      {incident.people.length > 0 && (
        <p>
          <strong>{t.list.people}:</strong>{' '}
          {incident.people.map((person, k) => (
            <Fragment key={k}>
              {k > 0 && ', '}
              <Isolated>{person}</Isolated>
            </Fragment>
          ))}
        </p>
      )}
      <ul className="sources">
        {incident.sources.map((s) => {
          const doc = data.sources.get(s.doc);
          return (
            <li key={`${s.doc}-${s.lines[0]}`}>
              <strong>{t.list.source}:</strong>{' '}
              {doc ? (
                <>
                  <Isolated>{doc.publisher}</Isolated>, “<Isolated>{doc.title}</Isolated>” (
                  {doc.published === 'unknown' ? 'date unknown' : formatDate(doc.published)})
                </>
              ) : (
                <Isolated>{s.doc}</Isolated>
              )}
              <span className="lines">
                {' '}
                — <Isolated>{s.doc}</Isolated>, {t.list.lines(s.lines[0], s.lines[1])}
              </span>
            </li>
          );
        })}
      </ul>
      {chain.length > 1 && (
        <nav aria-label={t.list.case}>
          <strong>{t.list.case}:</strong>
          <ol className="case-chain">
            {chain.map((c) => (
              <li key={c.id}>
                {c.id === incident.id ? (
                  <span aria-current="true">
                    {formatDate(c.date)} · <Isolated>{c.subtype.replace(/_/g, ' ')}</Isolated>
                  </span>
                ) : (
                  <button type="button" onClick={() => actions.selectIncident(c.id)}>
                    {formatDate(c.date)} · <Isolated>{c.subtype.replace(/_/g, ' ')}</Isolated>
                  </button>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
    </article>
  );
}
