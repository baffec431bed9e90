import { useMemo } from 'react';
import { levelOf } from '../../data/coverage.ts';
import { describeRangeCoverage, describeYearCoverage, MarkShape } from '../charts/index.ts';
import { useAppStore, useDataset } from '../../store/AppContext.tsx';
import { isolate } from '../../lib/isolate.tsx';

/**
 * What the reports cover, drawn on the timeline's track: a year no report covers is hatched
 * (it has no data, which is not zero), a year covered only partly has a dotted line under
 * it; and the context records, when shown, are small marks above the track.
 */
export function CoverageTrack({ min, max }: { min: number; max: number }) {
  const data = useDataset();
  const n = max - min + 1;
  const years = Array.from({ length: n }, (_, i) => min + i);
  return (
    <div className="timeline-coverage-track" aria-hidden="true">
      {years.map((year) => {
        const level = levelOf(data.coverage, year);
        if (level === 'full') return null;
        return (
          <span
            key={year}
            className={`tl-${level}`}
            data-year={year}
            title={describeYearCoverage(data, year)}
            style={{ left: `${((year - min) / n) * 100}%`, width: `${100 / n}%` }}
          />
        );
      })}
    </div>
  );
}

/** The context records as small marks above the track, at their month (mid-year when unstated). */
export function ContextTicks({ min, max, from, to }: { min: number; max: number; from: number; to: number }) {
  const data = useDataset();
  const show = useAppStore((s) => s.selection.context);
  const n = max - min + 1;
  const ticks = useMemo(
    () =>
      data.context
        .map((e) => {
          const year = Number(e.date.slice(0, 4));
          const month = Number(e.date.slice(5, 7));
          return { e, year, at: year - min + (month >= 1 ? (month - 0.5) / 12 : 0.5) };
        })
        .filter((m) => m.year >= min && m.year <= max),
    [data, min, max],
  );
  if (!show) return null;
  return (
    <div className="timeline-context" aria-hidden="true">
      {ticks.map(({ e, year, at }) => (
        <svg
          key={e.id}
          className={year >= from && year <= to ? 'tl-mark' : 'tl-mark out'}
          data-year={year}
          data-kind={e.kind}
          width={8}
          height={8}
          viewBox="-4 -4 8 8"
          style={{ left: `calc(${(at / n) * 100}% - 4px)` }}
        >
          <title>{`${e.date} ${isolate(e.title)}`}</title>
          <MarkShape kind={e.kind} size={2.5} />
        </svg>
      ))}
    </div>
  );
}

/** One line under the timeline: which reports cover the selected year, or how the selected years are covered. */
export function CoverageNote({ from, to }: { from: number; to: number }) {
  const data = useDataset();
  return (
    <p className="timeline-coverage" data-level={from === to ? levelOf(data.coverage, from) : undefined}>
      {from === to ? describeYearCoverage(data, from) : describeRangeCoverage(data, from, to)}
    </p>
  );
}
