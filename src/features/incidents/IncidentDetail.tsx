import { formatDate } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppActions, useDataset } from '../../store/AppContext.tsx';

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
          {t.types[incident.type]} · {incident.place ?? t.list.placeUnstated}
        </p>
        <h3 id="detail-title">{incident.title}</h3>
        <button type="button" className="close" onClick={() => actions.selectIncident(null)} aria-label={t.list.close}>
          ×
        </button>
      </header>
      <p>{incident.summary}</p>
      {incident.date_note && (
        <p className="note">
          {t.list.dateNote}: {incident.date_note}
        </p>
      )}
      {incident.other_country && (
        <p>
          <strong>{t.list.otherCountry}:</strong>{' '}
          {incident.other_country === 'unknown' ? t.list.otherCountryUnknown : incident.other_country}
        </p>
      )}
      {incident.people.length > 0 && (
        <p>
          <strong>{t.list.people}:</strong> {incident.people.join(', ')}
        </p>
      )}
      <ul className="sources">
        {incident.sources.map((s) => {
          const doc = data.sources.get(s.doc);
          return (
            <li key={`${s.doc}-${s.lines[0]}`}>
              <strong>{t.list.source}:</strong>{' '}
              {doc
                ? `${doc.publisher}, “${doc.title}” (${doc.published === 'unknown' ? 'date unknown' : formatDate(doc.published)})`
                : s.doc}
              <span className="lines">
                {' '}
                — {s.doc}, {t.list.lines(s.lines[0], s.lines[1])}
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
                    {formatDate(c.date)} · {c.subtype.replace(/_/g, ' ')}
                  </span>
                ) : (
                  <button type="button" onClick={() => actions.selectIncident(c.id)}>
                    {formatDate(c.date)} · {c.subtype.replace(/_/g, ' ')}
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
