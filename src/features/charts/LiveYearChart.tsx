import { useCallback, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { YearRow } from '../../data/deriveView.ts';
import type { Dataset } from '../../data/Incident.ts';
import { INCIDENT_TYPES, type IncidentType } from '../../data/vocabulary.ts';
import { formatDate } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppActions, useAppStore, useDataset } from '../../store/AppContext.tsx';
import { contextSource } from './ContextList.tsx';
import { describeYearCoverage } from './describeCoverage.ts';
import { useWidth } from './useWidth.ts';
import { useYearColumns } from './useYearColumns.ts';
import { columnsLayout, YearColumns } from './YearColumns.tsx';
import { AXIS_HEIGHT, columnWidth, MARK_ROW, PLOT_LEFT, type ContextMark } from './yearScale.ts';
import { Isolated } from '../../lib/isolate.tsx';

type Hover = { year: number } | { mark: string } | null;

/**
 * The explorer's per-year chart; the years outside the selection fade. Under the columns, one
 * button a year (one tab stop; arrow keys move) says the year's count and which reports cover
 * it, and selects the year; hover, focus or a tap shows the same in a tooltip, and a tap on a
 * context mark shows the record.
 */
export function LiveYearChart(props: { height: number; activeMark: string | null; onMark: (id: string | null) => void }) {
  const data = useDataset();
  const actions = useAppActions();
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const box = useRef<HTMLDivElement>(null);
  const columns = useYearColumns(useWidth(box, true), props.height);
  const { perYear, types, years: bounds, marks, width } = columns;
  const [hover, setHover] = useState<Hover>(null);
  const [focused, setFocused] = useState<number | null>(null);
  // Kept while only the hover changes, so the memoized drawing is left as it is.
  const highlight = useMemo(() => ({ from, to }), [from, to]);
  const selectYear = useCallback((year: number) => actions.setYears(year, year), [actions]);
  const { onMark } = props;
  const tapMark = useCallback((id: string) => onMark(id), [onMark]);

  const band = columnWidth(width, bounds);
  const { top: plotTop, plot } = columnsLayout(perYear, data.coverage, marks, width, props.height);
  const markId = hover && 'mark' in hover ? hover.mark : props.activeMark;
  const mark = markId ? marks.find((m) => m.event.id === markId) : undefined;
  const year = focused ?? (hover && 'year' in hover ? hover.year : null);
  const row = year === null ? undefined : perYear.find((r) => r.year === year);

  return (
    <div ref={box} className="year-bars" style={{ minHeight: props.height }}>
      {width > 0 && (
        <>
          <YearColumns
            {...columns}
            highlight={highlight}
            onYear={selectYear}
            onHover={setHover}
            onMark={tapMark}
            activeMark={props.activeMark}
          />
          <YearAxis
            perYear={perYear}
            data={data}
            band={band}
            top={plotTop + plot}
            from={from}
            onSelect={selectYear}
            onFocusYear={setFocused}
          />
          {mark ? (
            <MarkTip mark={mark} data={data} width={width} />
          ) : (
            row && (
              <YearTip
                row={row}
                types={types}
                data={data}
                x={PLOT_LEFT + (row.year - bounds[0] + 0.5) * band}
                top={plotTop}
                width={width}
              />
            )
          )}
        </>
      )}
    </div>
  );
}

/** The year buttons: a roving tab stop over the year labels. */
function YearAxis(props: {
  perYear: readonly YearRow[];
  data: Dataset;
  band: number;
  top: number;
  from: number;
  onSelect: (year: number) => void;
  onFocusYear: (year: number | null) => void;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [current, setCurrent] = useState<number | null>(null);
  const first = props.perYear[0]?.year ?? props.from;
  const tabYear = current ?? props.from;
  const move = (e: KeyboardEvent, i: number) => {
    const last = props.perYear.length - 1;
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    buttons.current[Math.max(0, Math.min(last, next))]?.focus();
  };
  return (
    <div className="year-axis" role="group" aria-label={t.coverage.years} style={{ top: props.top, height: AXIS_HEIGHT }}>
      {props.perYear.map((r, i) => (
        <button
          key={r.year}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          tabIndex={r.year === tabYear ? 0 : -1}
          style={{ left: PLOT_LEFT + (r.year - first) * props.band, width: props.band }}
          data-year={r.year}
          data-coverage={props.data.coverage.get(r.year)?.level ?? 'none'}
          aria-label={yearLabel(r, props.data)}
          onClick={() => props.onSelect(r.year)}
          onKeyDown={(e) => move(e, i)}
          onFocus={() => {
            setCurrent(r.year);
            props.onFocusYear(r.year);
          }}
          onBlur={() => props.onFocusYear(null)}
        />
      ))}
    </div>
  );
}

function yearLabel(r: YearRow, data: Dataset): string {
  const coverage = describeYearCoverage(data, r.year);
  return (data.coverage.get(r.year)?.level ?? 'none') === 'none'
    ? coverage
    : `${t.coverage.yearLabel(r.year, r.total)} ${coverage}`;
}

function YearTip(props: { row: YearRow; types: readonly IncidentType[]; data: Dataset; x: number; top: number; width: number }) {
  const { row } = props;
  const level = props.data.coverage.get(row.year)?.level ?? 'none';
  const shown = INCIDENT_TYPES.filter((type) => props.types.includes(type) && row[type] > 0);
  return (
    <div className="chart-tip" style={{ ...place(props.x, props.width), top: props.top }} aria-hidden="true">
      <strong>{level === 'none' ? `${row.year}: ${t.coverage.notCovered}` : t.coverage.yearLabel(row.year, row.total)}</strong>
      {shown.length > 0 && (
        <ul>
          {shown.map((type) => (
            <li key={type}>
              <span className="swatch" style={{ background: TYPE_COLORS[type] }} />
              {t.types[type]}: {row[type]}
            </li>
          ))}
        </ul>
      )}
      <p>{describeYearCoverage(props.data, row.year).replace(/^\d{4}: /, '')}</p>
    </div>
  );
}

function MarkTip({ mark, data, width }: { mark: ContextMark; data: Dataset; width: number }) {
  const e = mark.event;
  return (
    <div
      className="chart-tip mark-tip"
      style={{ ...place(mark.x, width), top: (mark.row + 1) * MARK_ROW + 4 }}
      aria-hidden="true"
    >
      <strong>
        {formatDate(e.date)} · {t.context.kinds[e.kind] ?? t.context.kinds.other}
      </strong>
      <p>
        <Isolated>{e.title}</Isolated>
      </p>
      <p className="context-source">{t.context.source(contextSource(e, data))}</p>
    </div>
  );
}

/** A tooltip's side: it opens towards the middle of the chart, so it never leaves the chart. */
function place(x: number, width: number): CSSProperties {
  return x < width / 2 ? { left: Math.max(0, x - 16) } : { right: Math.max(0, width - x - 16) };
}
