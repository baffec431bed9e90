import { memo, useId, type ReactNode } from 'react';
import type { YearCoverage } from '../../data/datasetSchema.ts';
import type { YearRow } from '../../data/deriveView.ts';
import { INCIDENT_TYPES, type IncidentType } from '../../data/vocabulary.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { textWidth } from '../../lib/textWidth.ts';
import { CHART_SVG_CLASS } from './ChartModel.ts';
import {
  AXIS_HEIGHT,
  columnWidth,
  KEY_ROW,
  keyHeight,
  layoutKey,
  MARK_ROW,
  marksHeight,
  niceTicks,
  PLOT_LEFT,
  type ContextMark,
  type KeyItem,
} from './yearScale.ts';

export interface YearColumnsProps {
  perYear: readonly YearRow[];
  types: readonly IncidentType[];
  /** The first and last year drawn. */
  years: [number, number];
  coverage: ReadonlyMap<number, YearCoverage>;
  /** Context marks, laid out for this width (layoutMarks); empty when hidden. */
  marks: readonly ContextMark[];
  width: number;
  /** The height of the columns and their labels; with `fit`, of the whole drawing. */
  height: number;
  /** Fit marks and key within `height` (exports and embeds, which have fixed sizes) rather than add them to it. */
  fit?: boolean;
  /**
   * The years that stand out (the others fade). An opacity on each year's group, not CSS
   * variables on a wrapper: a variable inherits, so changing it restyles all of the chart's
   * few hundred elements on every timeline step; an opacity restyles the groups that change.
   */
  highlight: { from: number; to: number };
  /** The explorer's pointer: a click on a column selects its year, hover shows its tooltip. */
  onYear?: (year: number) => void;
  onHover?: (hover: { year: number } | { mark: string } | null) => void;
  onMark?: (id: string) => void;
  /** The context mark to ring, while its tooltip is open. */
  activeMark?: string | null;
}

const INK = { text: '#5c5a55', grid: '#e3e0d8', hatch: '#9d998f', mark: '#4a4843' };

/**
 * Documented incidents per year, stacked by type, drawn as plain SVG with its colours as
 * attributes (exports look the same anywhere). A year no report covers is a hatched column
 * labelled "not covered", never an empty zero; a year covered only partly has a dotted line
 * under it. Context records (laws, elections, statements, visits) are marks above the columns.
 */
export const YearColumns = memo(function YearColumns(props: YearColumnsProps) {
  const { perYear, years, width, height, coverage, marks } = props;
  const hatch = `hatch-${useId().replace(/[^\w-]/g, '')}`;
  const { top, plot, key, total } = columnsLayout(perYear, coverage, marks, width, height, props.fit);
  const band = columnWidth(width, years);
  const shown = INCIDENT_TYPES.filter((type) => props.types.includes(type));
  const ticks = niceTicks(Math.max(0, ...perYear.map((r) => shown.reduce((s, type) => s + r[type], 0))));
  const yMax = ticks.at(-1) ?? 1;
  const y = (v: number) => top + plot - (v / yMax) * plot;
  const labelEvery = band >= 30 ? 1 : band >= 15 ? 2 : 3;
  const opacity = (year: number) => (year >= props.highlight.from && year <= props.highlight.to ? 1 : 0.3);

  return (
    <svg
      className={`${CHART_SVG_CLASS} year-columns`}
      aria-hidden="true"
      width={width}
      height={total}
      viewBox={`0 0 ${width} ${total}`}
    >
      <defs>
        <pattern id={hatch} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={6} stroke={INK.hatch} strokeWidth={1.5} />
        </pattern>
      </defs>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PLOT_LEFT} x2={width - 8} y1={y(v)} y2={y(v)} stroke={INK.grid} strokeWidth={1} />
          <text className="axis-label" x={PLOT_LEFT - 5} y={y(v)} dy="0.35em" textAnchor="end" fontSize={11} fill={INK.text}>
            {v}
          </text>
        </g>
      ))}
      {perYear.map((row, i) => {
        const x = PLOT_LEFT + i * band;
        const level = coverage.get(row.year)?.level ?? 'none';
        let stackTop = 0;
        return (
          <g key={row.year} opacity={opacity(row.year)} data-year={row.year} data-coverage={level}>
            {level === 'none' && <NotCovered x={x} top={top} band={band} plot={plot} hatch={hatch} />}
            {shown.map((type) => {
              const v = row[type];
              if (v === 0) return null;
              const rect = (
                <rect
                  key={type}
                  className="bar"
                  data-type={type}
                  x={x + band * 0.15}
                  width={band * 0.7}
                  y={y(stackTop + v)}
                  height={y(stackTop) - y(stackTop + v)}
                  fill={TYPE_COLORS[type]}
                >
                  <title>{`${row.year}, ${t.types[type]}: ${v}`}</title>
                </rect>
              );
              stackTop += v;
              return rect;
            })}
            {level === 'partial' && (
              <line
                className="partial-mark"
                x1={x + band * 0.1}
                x2={x + band * 0.9}
                y1={top + plot + 3}
                y2={top + plot + 3}
                stroke={INK.hatch}
                strokeWidth={2}
                strokeDasharray="2 2"
              />
            )}
            {(row.year - years[0]) % labelEvery === 0 && (
              <text className="axis-label" x={x + band / 2} y={top + plot + 16} textAnchor="middle" fontSize={11} fill={INK.text}>
                {row.year}
              </text>
            )}
            {props.onYear && (
              <rect
                className="year-hit"
                x={x}
                y={top}
                width={band}
                height={plot}
                fill="none"
                pointerEvents="all"
                onClick={() => props.onYear?.(row.year)}
                onPointerEnter={() => props.onHover?.({ year: row.year })}
                onPointerLeave={() => props.onHover?.(null)}
              />
            )}
          </g>
        );
      })}
      <line x1={PLOT_LEFT} x2={width - 8} y1={top + plot} y2={top + plot} stroke={INK.text} strokeWidth={1} />
      {marks.map((m) => (
        <g
          key={m.event.id}
          opacity={opacity(m.year)}
          className={`context-mark${m.event.id === props.activeMark ? ' active' : ''}`}
          data-id={m.event.id}
          data-kind={m.event.kind}
          data-year={m.year}
          transform={`translate(${m.x} ${m.row * MARK_ROW + 5})`}
          onClick={props.onMark && (() => props.onMark?.(m.event.id))}
          onPointerEnter={props.onHover && (() => props.onHover?.({ mark: m.event.id }))}
          onPointerLeave={props.onHover && (() => props.onHover?.(null))}
        >
          {props.onMark && <circle r={6} fill="none" pointerEvents="all" />}
          <MarkShape kind={m.event.kind} />
        </g>
      ))}
      {key.map(({ item, label, x, row }) => (
        <g key={label} className="chart-key" transform={`translate(${x} ${top + plot + AXIS_HEIGHT + row * KEY_ROW})`}>
          {item.key === 'none' && (
            <rect x={0} y={2} width={11} height={11} fill={`url(#${hatch})`} stroke={INK.hatch} strokeWidth={0.5} />
          )}
          {item.key === 'partial' && (
            <line x1={0} x2={11} y1={8} y2={8} stroke={INK.hatch} strokeWidth={2} strokeDasharray="2 2" />
          )}
          {item.key === 'mark' && (
            <g transform="translate(5.5 7.5)">
              <MarkShape kind={item.kind} />
            </g>
          )}
          <text className="axis-label" x={16} y={8} dy="0.35em" fontSize={11} fill={INK.text}>
            {label}
          </text>
        </g>
      ))}
    </svg>
  );
});

/**
 * Where the columns go: below the context marks, above the year labels and the key. The
 * columns and their labels keep `height` and the marks and the key add to it (`total`), or
 * with `fit` all of it fits `height`.
 */
export function columnsLayout(
  perYear: readonly YearRow[],
  coverage: ReadonlyMap<number, YearCoverage>,
  marks: readonly ContextMark[],
  width: number,
  height: number,
  fit = false,
) {
  const top = marksHeight(marks) + 6;
  const key = layoutKey(keyItems(perYear, coverage, marks), width, (text) => textWidth(text, 11));
  const plot = Math.max(10, height - AXIS_HEIGHT - (fit ? top + keyHeight(key) : 0));
  return { top, key, plot, total: top + plot + AXIS_HEIGHT + keyHeight(key) };
}

const MARK_KINDS = ['law', 'election', 'statement', 'visit', 'other'];

/** The key lists only what the drawing shows: hatching, dotted lines, and the kinds of marks drawn. */
function keyItems(
  perYear: readonly YearRow[],
  coverage: ReadonlyMap<number, YearCoverage>,
  marks: readonly ContextMark[],
): { item: KeyItem; label: string }[] {
  const levels = new Set(perYear.map((r) => coverage.get(r.year)?.level ?? 'none'));
  const items: { item: KeyItem; label: string }[] = [];
  if (levels.has('none')) items.push({ item: { key: 'none' }, label: t.coverage.keyNone });
  if (levels.has('partial')) items.push({ item: { key: 'partial' }, label: t.coverage.keyPartial });
  const kinds = new Set(marks.map((m) => (MARK_KINDS.includes(m.event.kind) ? m.event.kind : 'other')));
  for (const kind of MARK_KINDS) {
    if (kinds.has(kind)) items.push({ item: { key: 'mark', kind }, label: t.context.kinds[kind] ?? kind });
  }
  return items;
}

function NotCovered({ x, top, band, plot, hatch }: { x: number; top: number; band: number; plot: number; hatch: string }) {
  return (
    <>
      <rect className="not-covered" x={x + 1} y={top} width={Math.max(0, band - 2)} height={plot} fill={`url(#${hatch})`} />
      {band >= 13 && plot >= 70 && (
        <text
          className="not-covered-label"
          transform={`translate(${x + band / 2} ${top + plot / 2}) rotate(-90)`}
          textAnchor="middle"
          dy="0.35em"
          fontSize={10}
          fill={INK.text}
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {t.coverage.notCovered}
        </text>
      )}
    </>
  );
}

/** A context record's mark by kind: square a law, triangle an election, circle a statement, diamond a visit. */
export function MarkShape({ kind, size = 3 }: { kind: string; size?: number }): ReactNode {
  const s = size;
  const paint = { fill: INK.mark, className: 'mark-shape' };
  switch (kind) {
    case 'law':
      return <rect x={-s} y={-s} width={2 * s} height={2 * s} {...paint} />;
    case 'election':
      return <path d={`M0 ${-s - 0.5}L${s + 0.5} ${s}H${-s - 0.5}Z`} {...paint} />;
    case 'statement':
      return <circle r={s} {...paint} />;
    case 'visit':
      return <path d={`M0 ${-s - 1}L${s + 1} 0L0 ${s + 1}L${-s - 1} 0Z`} {...paint} />;
    default:
      return <path d={`M${-s} -1H${s}V1H${-s}Z M-1 ${-s}H1V${s}H-1Z`} {...paint} />;
  }
}
