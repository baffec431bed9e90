import { useRef } from 'react';
import { fitText } from '../../lib/textWidth.ts';
import { useWidth } from './useWidth.ts';
import { CHART_SVG_CLASS } from './ChartModel.ts';

export interface RankedRow {
  key: string;
  label: string;
  value: number;
  color: string;
  /** What a pointer resting on the row shows (the SVG title). */
  title: string;
}

interface RankedBarsProps {
  rows: readonly RankedRow[];
  /** The height eight rows or more fill; fewer rows keep that row height and end sooner. */
  height: number;
  /** Fixed for exports; otherwise the container's width, followed as it changes. */
  width?: number;
  /** Room for the labels, right-aligned before the bars; a longer label is cut (the title has it whole). */
  labelWidth: number;
  onSelect?: (key: string) => void;
}

/** Room after the longest bar for its count. */
const VALUE_ROOM = 40;

/**
 * Horizontal bars with their labels and counts, longest first as given: the "by type" and
 * "top towns" charts. Drawn as plain SVG because recharts costs about 5 ms a render for each
 * chart on the benchmark machine, and these two redraw on every timeline step, as the per-year
 * chart (YearColumns) does.
 * The drawing carries its colours as attributes, so an exported SVG looks the same anywhere.
 */
export function RankedBars({ rows, height, width, labelWidth, onSelect }: RankedBarsProps) {
  const box = useRef<HTMLDivElement>(null);
  const measured = useWidth(box, width === undefined);
  const w = width ?? measured;
  const band = height / Math.max(8, rows.length);
  const thickness = band * 0.66;
  const drawn = band * rows.length;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const room = Math.max(0, w - labelWidth - VALUE_ROOM);

  return (
    <div ref={box} className="ranked-bars" style={{ height: drawn }}>
      {w > 0 && (
        <svg className={CHART_SVG_CLASS} width={w} height={drawn} viewBox={`0 0 ${w} ${drawn}`}>
          {rows.map((r, i) => {
            const length = r.value > 0 ? Math.max(1, (room * r.value) / max) : 0;
            return (
              <g
                key={r.key}
                className={onSelect ? 'bar-row selectable' : 'bar-row'}
                transform={`translate(0 ${i * band})`}
                onClick={onSelect && (() => onSelect(r.key))}
              >
                <title>{r.title}</title>
                {onSelect && <rect className="bar-hit" x={0} y={0} width={w} height={band} fill="none" pointerEvents="all" />}
                <text
                  className="bar-label"
                  x={labelWidth - 6}
                  y={band / 2}
                  dy="0.355em"
                  textAnchor="end"
                  fontSize={11}
                  fill="#666"
                >
                  {fitText(r.label, 11, labelWidth - 10)}
                </text>
                <rect
                  className="bar"
                  x={labelWidth}
                  y={(band - thickness) / 2}
                  width={length}
                  height={thickness}
                  fill={r.color}
                />
                <text className="bar-value" x={labelWidth + length + 4} y={band / 2} dy="0.355em" fontSize={11} fill="#333">
                  {r.value}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
