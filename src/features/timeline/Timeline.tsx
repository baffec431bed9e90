import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { formatYears } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppStore, useAppStoreApi, useDataset, useView } from '../../store/AppContext.tsx';
import { SPEEDS, TimelineController } from './TimelineController.ts';
import { ContextTicks, CoverageNote, CoverageTrack } from './TimelineCoverage.tsx';
import { describeEmptyCoverage, describeYearCoverage } from '../charts/index.ts';
import { levelOf } from '../../data/coverage.ts';
import './Timeline.css';

/** The timeline: renders its controller (TimelineController.ts) and forwards keys and pointer positions to it. */
export function Timeline() {
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const data = useDataset();
  const bounds = data.years;
  const playing = useAppStore((s) => s.playing);
  const store = useAppStoreApi();
  const [controller] = useState(() => new TimelineController(store, data.years));
  const { speed, mode } = useSyncExternalStore(controller.subscribe, controller.getSettings);
  const { perYear } = useView();
  const trackRef = useRef<HTMLDivElement>(null);
  useEffect(() => () => controller.dispose(), [controller]);

  const [min, max] = bounds;
  const n = max - min + 1;
  const peak = Math.max(1, ...perYear.map((r) => r.total));

  const onKey = (handle: (key: string) => boolean) => (e: KeyboardEvent) => {
    if (handle(e.key)) e.preventDefault();
  };
  /** Where the pointer is along the track, from 0 at its left edge to 1 at its right. */
  const fractionAt = (clientX: number) => {
    const rect = trackRef.current?.getBoundingClientRect();
    return rect && rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
  };
  /** Click a year to show it alone; shift-click to extend; drag to select a range. */
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    follow(e, controller.pressTrack(fractionAt(e.clientX), e.shiftKey));
  };
  const dragEdge = (e: PointerEvent, edge: 'from' | 'to') => {
    e.stopPropagation();
    follow(e, controller.pressEdge(edge));
  };
  /** Feeds the pointer's moves to `move` until it is let go. */
  const follow = (e: PointerEvent, move: (fraction: number) => void) => {
    const target = e.currentTarget as HTMLElement;
    target.setPointerCapture(e.pointerId);
    const onMove = (ev: globalThis.PointerEvent) => move(fractionAt(ev.clientX));
    const up = () => {
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', up);
  };

  const pct = (y: number) => `${((y - min) / n) * 100}%`;
  const valueText = formatYears(from, to);
  const uncovered = describeEmptyCoverage(data, from, to);
  const yearTitle = (year: number, n: number) =>
    levelOf(data.coverage, year) === 'none'
      ? describeYearCoverage(data, year)
      : `${t.coverage.yearLabel(year, n)} ${describeYearCoverage(data, year)}`;

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-bar">
        <h2 id="timeline-heading">{t.timeline.heading}</h2>
        {/* Each control keeps its width whatever it says (the years, Play or Pause), so none moves under the pointer. */}
        <output className="timeline-value fixed-width" aria-live="off">
          <span>{from === min && to === max ? `${t.timeline.all} (${valueText})` : valueText}</span>
          <span className="sizer" aria-hidden="true">{`${t.timeline.all} (${formatYears(min, max)})`}</span>
        </output>
        <button type="button" className="play fixed-width" onClick={() => controller.togglePlay()} aria-pressed={playing}>
          <span className={playing ? undefined : 'sizer'} aria-hidden={!playing}>{`❚❚ ${t.timeline.pause}`}</span>
          <span className={playing ? 'sizer' : undefined} aria-hidden={playing}>{`▶ ${t.timeline.play}`}</span>
        </button>
        <label>
          {t.timeline.speed}{' '}
          <select value={speed} onChange={(e) => controller.setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s.ms} value={s.ms}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.timeline.mode}{' '}
          <select value={mode} onChange={(e) => controller.setMode(e.target.value === 'accumulate' ? 'accumulate' : 'window')}>
            <option value="window">{t.timeline.modeWindow}</option>
            <option value="accumulate">{t.timeline.modeAccumulate}</option>
          </select>
        </label>
        <button type="button" onClick={() => controller.showAll()} disabled={from === min && to === max}>
          {t.timeline.all}
        </button>
      </div>
      <ContextTicks min={min} max={max} from={from} to={to} />
      <div className="timeline-track" ref={trackRef} onPointerDown={onPointerDown}>
        <CoverageTrack min={min} max={max} />
        <svg className="timeline-histogram" viewBox={`0 0 ${n * 10} 40`} preserveAspectRatio="none" aria-hidden="true">
          {perYear.map((row, i) => {
            let y = 40;
            const selected = row.year >= from && row.year <= to;
            return (
              <g key={row.year} opacity={selected ? 1 : 0.35}>
                <title>{yearTitle(row.year, row.total)}</title>
                <rect x={i * 10} width={10} y={0} height={40} fill="transparent" />
                {INCIDENT_TYPES.map((type) => {
                  const h = (row[type] / peak) * 38;
                  if (h === 0) return null;
                  y -= h;
                  return <rect key={type} x={i * 10 + 1} width={8} y={y} height={h} fill={TYPE_COLORS[type]} />;
                })}
              </g>
            );
          })}
        </svg>
        <div
          className="timeline-window"
          style={{ left: pct(from), width: `${((to - from + 1) / n) * 100}%` }}
          role="slider"
          tabIndex={0}
          aria-label={t.timeline.window}
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={from}
          aria-valuetext={uncovered ? `${valueText}. ${uncovered}` : valueText}
          aria-describedby="timeline-hint"
          onKeyDown={onKey((key) => controller.windowKey(key))}
        />
        <EdgeThumb
          edge="from"
          left={pct(from)}
          label={t.timeline.start}
          min={min}
          max={to}
          value={from}
          onKeyDown={onKey((key) => controller.edgeKey('from', key))}
          onPointerDown={(e) => dragEdge(e, 'from')}
        />
        <EdgeThumb
          edge="to"
          left={`calc(${pct(to + 1)} - 0.75rem)`}
          label={t.timeline.end}
          min={from}
          max={max}
          value={to}
          onKeyDown={onKey((key) => controller.edgeKey('to', key))}
          onPointerDown={(e) => dragEdge(e, 'to')}
        />
      </div>
      <div className="timeline-axis" aria-hidden="true">
        {perYear.map((r) => (
          <span key={r.year} style={{ width: `${100 / n}%` }}>
            {n > 8 && r.year % 2 === 1 ? '' : r.year}
          </span>
        ))}
      </div>
      <CoverageNote from={from} to={to} />
      <p id="timeline-hint" className="visually-hidden">
        {t.timeline.hint}
      </p>
    </section>
  );
}

/** A draggable end of the year range, itself a slider for keyboard users. */
function EdgeThumb(props: {
  edge: 'from' | 'to';
  left: string;
  label: string;
  min: number;
  max: number;
  value: number;
  onKeyDown: (e: KeyboardEvent) => void;
  onPointerDown: (e: PointerEvent) => void;
}) {
  return (
    <div
      className={`timeline-thumb ${props.edge}`}
      style={{ left: props.left }}
      role="slider"
      tabIndex={0}
      aria-label={props.label}
      aria-valuemin={props.min}
      aria-valuemax={props.max}
      aria-valuenow={props.value}
      aria-valuetext={String(props.value)}
      onKeyDown={props.onKeyDown}
      onPointerDown={props.onPointerDown}
    />
  );
}
