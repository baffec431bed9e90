import { startTransition, useEffect, useMemo, useState } from 'react';
import type { ContextEvent, Dataset } from '../../data/Incident.ts';
import { formatDate, formatYears } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { useAppActions, useAppStore, useDataset } from '../../store/AppContext.tsx';
import { MarkShape } from './YearColumns.tsx';
import { balanceIsolates, isolate } from '../../lib/isolate.tsx';

/** "HRW World Report 2012 (events of 2011), lines 40–42": where a context record is reported. */
export function contextSource(e: ContextEvent, data: Dataset): string {
  return e.sources
    .map((s) => `${isolate(data.sources.get(s.doc)?.short ?? s.doc)}, ${t.list.lines(s.lines[0], s.lines[1])}`)
    .join('; ');
}

export function contextInYears(events: readonly ContextEvent[], from: number, to: number): ContextEvent[] {
  return events.filter((e) => {
    const y = Number(e.date.slice(0, 4));
    return y >= from && y <= to;
  });
}

/**
 * The context records of the selected years as a list a keyboard or screen-reader user can
 * read, and the switch that shows or hides their marks. Focusing a record rings its mark on
 * the chart and opens its tooltip.
 */
export function ContextList({ active, onActive }: { active: string | null; onActive: (id: string | null) => void }) {
  const data = useDataset();
  const actions = useAppActions();
  const show = useAppStore((s) => s.selection.context);
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const events = useMemo(() => contextInYears(data.context, from, to), [data, from, to]);
  const years = formatYears(from, to);
  // The records (some 700 elements) are made after the first view, as a transition, or at once
  // if the list is opened before that: made in the first render they cost a phone's first view
  // a tenth of its time. They are made even while the list is closed, so that the browser's
  // find in page finds them (it opens a closed <details> on a match).
  const [recordsMade, setRecordsMade] = useState(false);
  useEffect(() => startTransition(() => setRecordsMade(true)), []);
  return (
    <div className="context-list">
      <label className="context-toggle">
        <input type="checkbox" checked={show} onChange={(e) => actions.setContext(e.target.checked)} />
        {t.context.show}
      </label>
      {show && (
        <details onToggle={(e) => e.currentTarget.open && setRecordsMade(true)}>
          <summary>{t.context.list(events.length, years)}</summary>
          {!recordsMade ? null : events.length === 0 ? (
            <p>{t.context.none(years)}</p>
          ) : (
            <ol>
              {events.map((e) => (
                <li key={e.id} data-id={e.id}>
                  <button
                    type="button"
                    aria-pressed={active === e.id}
                    onFocus={() => onActive(e.id)}
                    onBlur={() => onActive(null)}
                    onClick={() => onActive(active === e.id ? null : e.id)}
                  >
                    <svg width={12} height={12} viewBox="-6 -6 12 12" aria-hidden="true">
                      <MarkShape kind={e.kind} />
                    </svg>
                    <span className="context-date">{formatDate(e.date)}</span>
                    <span className="context-kind">{t.context.kinds[e.kind] ?? t.context.kinds.other}</span>
                    <bdi className="context-title">{balanceIsolates(e.title)}</bdi>
                  </button>
                  <p className="context-summary">
                    <bdi>{e.summary}</bdi> <span className="context-source">{t.context.source(contextSource(e, data))}</span>
                  </p>
                </li>
              ))}
            </ol>
          )}
          <p className="context-note">{t.context.notIncidents}</p>
        </details>
      )}
    </div>
  );
}
