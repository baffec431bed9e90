import { useMemo } from 'react';
import type { Incident } from '../../data/Incident.ts';
import { passagesFor, recordsCitingDoc, type PassageLine } from '../../data/passages.ts';
import { formatDate } from '../../lib/formatDate.ts';
import { markTerms, recordTerms } from '../../lib/markTerms.ts';
import { t } from '../../lib/strings.ts';
import { useDataset } from '../../store/AppContext.tsx';
import { usePassages } from './usePassages.ts';
import { isolate, Isolated } from '../../lib/isolate.tsx';

/**
 * The words each source of a record cites, under its publisher, title, date and lines, with
 * the record's people and places marked and the context lines set apart; from each quote,
 * the previous and next records citing the same document, in the document's order.
 */
export function CitedPassages({ incident, onOpen }: { incident: Incident; onOpen: (id: string) => void }) {
  const data = useDataset();
  const passages = usePassages();
  const terms = useMemo(
    // The passages are in English: mark the English names, also in a Russian or Kazakh view.
    () =>
      recordTerms(incident.people, [
        incident.english?.place ?? incident.place,
        ...(incident.english?.linked ?? incident.linked_places.map((l) => l.place)),
      ]),
    [incident],
  );
  const quoted = passages.status === 'ready' ? passagesFor(passages.file, incident) : [];

  return (
    <section className="citations" aria-label={t.list.citations}>
      <ul className="sources">
        {incident.sources.map((s, index) => {
          const doc = data.sources.get(s.doc);
          const lines = quoted[index]?.lines ?? [];
          const citing = recordsCitingDoc(data.incidents, s.doc);
          const at = citing.findIndex((c) => c.record.id === incident.id && c.first === s.lines[0] && c.last === s.lines[1]);
          const prev = at > 0 ? citing[at - 1] : undefined;
          const next = at >= 0 ? citing[at + 1] : undefined;
          return (
            <li key={`${s.doc}-${s.lines[0]}-${s.lines[1]}`} className="citation">
              <p className="citation-head">
                <strong>{t.list.source}:</strong>{' '}
                {doc ? (
                  <>
                    <Isolated>{doc.publisher}</Isolated>, “<Isolated>{doc.title}</Isolated>” (
                    {doc.published === 'unknown' ? t.dates.unknown : formatDate(doc.published)})
                  </>
                ) : (
                  <Isolated>{s.doc}</Isolated>
                )}
                <span className="lines">
                  {' '}
                  — <Isolated>{s.doc}</Isolated>, {t.list.lines(s.lines[0], s.lines[1])}
                </span>
              </p>
              {passages.status === 'loading' && <p className="note">{t.list.passageLoading}</p>}
              {passages.status === 'failed' && <p className="note">{t.list.passageFailed(passages.message)}</p>}
              {lines.length > 0 && (
                <blockquote className="passage">
                  {lines.map((line) => (
                    <QuotedLine key={line.n} line={line} terms={terms} />
                  ))}
                </blockquote>
              )}
              {passages.status === 'ready' && lines.length === 0 && <p className="note">{t.list.passageMissing}</p>}
              {at >= 0 && citing.length > 1 && (
                <nav className="in-document" aria-label={t.list.inDocument(isolate(doc?.title ?? s.doc))}>
                  <button
                    type="button"
                    disabled={!prev}
                    onClick={() => prev && onOpen(prev.record.id)}
                    aria-label={prev ? t.list.previousInDocument(isolate(prev.record.title)) : undefined}
                  >
                    <span aria-hidden="true">← </span>
                    {t.list.previous}
                  </button>
                  <span className="note">{t.list.positionInDocument(at + 1, citing.length)}</span>
                  <button
                    type="button"
                    disabled={!next}
                    onClick={() => next && onOpen(next.record.id)}
                    aria-label={next ? t.list.nextInDocument(isolate(next.record.title)) : undefined}
                  >
                    {t.list.next}
                    <span aria-hidden="true"> →</span>
                  </button>
                </nav>
              )}
            </li>
          );
        })}
      </ul>
      <p className="note">{t.list.quotationCredit}</p>
    </section>
  );
}

function QuotedLine({ line, terms }: { line: PassageLine; terms: readonly string[] }) {
  return (
    <p className={line.context ? 'context' : 'cited'}>
      <span className="ln">{line.n}</span>
      {line.context && <span className="visually-hidden"> {t.list.contextLine}</span>}{' '}
      <bdi>{markTerms(line.text, terms).map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text))}</bdi>
    </p>
  );
}
