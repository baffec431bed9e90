import { useMemo } from 'react';
import type { Incident } from '../../data/Incident.ts';
import { datePrecision, orderCaseSteps } from '../../data/orderCase.ts';
import { formatDate, formatDateLong } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { useDataset, useView } from '../../store/AppContext.tsx';
import { isolate } from '../../lib/isolate.tsx';

/** A step's date as precise as the source, saying what it leaves out: "2010, month not stated". */
export function stepDate(iso: string): string {
  const precision = datePrecision(iso);
  const shown = formatDate(iso);
  if (precision === 'year') return t.list.dateWithoutMonth(shown);
  if (precision === 'month') return t.list.dateWithoutDay(shown);
  return shown;
}

/**
 * The events of an incident's case in the order they happened (orderCaseSteps), each marked
 * when the current filters hide it, and where the reports stop.
 */
export function CaseChain({ incident, onOpen }: { incident: Incident; onOpen: (id: string) => void }) {
  const data = useDataset();
  const { incidents: shown } = useView();
  const caseId = incident.case;
  const chain = useMemo(
    () => (caseId ? orderCaseSteps(data.incidents.filter((i) => i.case === caseId)) : []),
    [data.incidents, caseId],
  );
  const inView = useMemo(() => new Set(shown.map((i) => i.id)), [shown]);
  const last = chain.at(-1);
  if (chain.length < 2 || !last) return null;

  return (
    <nav aria-label={t.list.case} className="case">
      <strong>{t.list.case}:</strong> <span className="note">{t.list.caseHint}</span>
      <ol className="case-chain">
        {chain.map((c) => {
          const label = `${stepDate(c.date)} · ${isolate(c.subtype.replace(/_/g, ' '))}`;
          const outside = !inView.has(c.id);
          return (
            <li key={c.id} className={outside ? 'outside' : undefined}>
              {c.id === incident.id ? (
                <span aria-current="step">{label}</span>
              ) : (
                <button type="button" onClick={() => onOpen(c.id)}>
                  {label}
                </button>
              )}
              {outside && <span className="outside-note"> ({t.list.outsideFilters})</span>}
            </li>
          );
        })}
      </ol>
      <p className="case-end">{t.list.caseEnd(formatDateLong(last.date))}</p>
    </nav>
  );
}
