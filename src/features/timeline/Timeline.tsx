import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { formatYears } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppActions, useAppStore, useAppStoreApi, useDataset, useView } from '../../store/AppContext.tsx';
import { firstFrame, jumpWindow, nextFrame, stepWindow, type Years } from './TimelineController.ts';
import { ContextTicks, CoverageNote, CoverageTrack } from './TimelineCoverage.tsx';
import { describeEmptyCoverage, describeYearCoverage } from '../charts/index.ts';
import { levelOf } from '../../data/coverage.ts';
import './Timeline.css';

const SPEEDS = [
  { ms: 2000, label: '0.5×' },
  { ms: 1000, label: '1×' },
  { ms: 500, label: '2×' },
  { ms: 250, label: '4×' },
];

export function Timeline() {
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const bounds = useAppStore((s) => s.bounds);
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const playMode = useAppStore((s) => s.playMode);
  const actions = useAppActions();
  const store = useAppStoreApi();
  const { perYear } = useView();
  const data = useDataset();
  const trackRef = useRef<HTMLDivElement>(null);

  const [min, max] = bounds;
  const years: Years = [from, to];
  const n = max - min + 1;
  const peak = Math.max(1, ...perYear.map((r) => r.total));
  const set = ([a, b]: Years) => actions.setYears(a, b);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = nextFrame([from, to], playMode, bounds);
      if (next) set(next);
      else actions.setPlaying(false);
    }, speed);
    return () => window.clearTimeout(timer);
  });

  const togglePlay = () => {
    if (!playing) set(firstFrame(years, playMode, bounds));
    actions.setPlaying(!playing);
  };

  const onWindowKey = (e: KeyboardEvent) => {
    const moves: Record<string, () => Years> = {
      ArrowRight: () => stepWindow(years, 1, bounds),
      ArrowUp: () => stepWindow(years, 1, bounds),
      ArrowLeft: () => stepWindow(years, -1, bounds),
      ArrowDown: () => stepWindow(years, -1, bounds),
      PageUp: () => stepWindow(years, 5, bounds),
      PageDown: () => stepWindow(years, -5, bounds),
      Home: () => jumpWindow(years, 'start', bounds),
      End: () => jumpWindow(years, 'end', bounds),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    actions.setPlaying(false);
    set(move());
  };

  const onEdgeKey = (edge: 'from' | 'to') => (e: KeyboardEvent) => {
    const delta = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key];
    const value = edge === 'from' ? from : to;
    let next: number | undefined;
    if (delta !== undefined) next = value + delta;
    else if (e.key === 'Home') next = edge === 'from' ? min : from;
    else if (e.key === 'End') next = edge === 'from' ? to : max;
    if (next === undefined) return;
    e.preventDefault();
    actions.setPlaying(false);
    if (edge === 'from') set([Math.min(next, to), to]);
    else set([from, Math.max(next, from)]);
  };

  const yearAt = (clientX: number) => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return min;
    return Math.min(max, Math.max(min, min + Math.floor(((clientX - rect.left) / rect.width) * n)));
  };

  /** Click a year to show it alone; shift-click to extend; drag to select a range. */
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    actions.setPlaying(false);
    const anchor = e.shiftKey ? from : yearAt(e.clientX);
    set(e.shiftKey ? [Math.min(anchor, yearAt(e.clientX)), Math.max(to, yearAt(e.clientX))] : [anchor, anchor]);
    const target = e.currentTarget as HTMLElement;
    target.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => {
      const y = yearAt(ev.clientX);
      set([Math.min(anchor, y), Math.max(anchor, y)]);
    };
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
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
        <output className="timeline-value" aria-live="off">
          {from === min && to === max ? `${t.timeline.all} (${valueText})` : valueText}
        </output>
        <button type="button" className="play" onClick={togglePlay} aria-pressed={playing}>
          {playing ? `❚❚ ${t.timeline.pause}` : `▶ ${t.timeline.play}`}
        </button>
        <label>
          {t.timeline.speed}{' '}
          <select value={speed} onChange={(e) => actions.setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s.ms} value={s.ms}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.timeline.mode}{' '}
          <select
            value={playMode}
            onChange={(e) => actions.setPlayMode(e.target.value === 'accumulate' ? 'accumulate' : 'window')}
          >
            <option value="window">{t.timeline.modeWindow}</option>
            <option value="accumulate">{t.timeline.modeAccumulate}</option>
          </select>
        </label>
        <button type="button" onClick={() => set([min, max])} disabled={from === min && to === max}>
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
          onKeyDown={onWindowKey}
        />
        <EdgeThumb
          edge="from"
          left={pct(from)}
          label={t.timeline.start}
          min={min}
          max={to}
          value={from}
          onKeyDown={onEdgeKey('from')}
          onPointerDown={(e) => dragEdge(e, 'from')}
        />
        <EdgeThumb
          edge="to"
          left={`calc(${pct(to + 1)} - 0.75rem)`}
          label={t.timeline.end}
          min={from}
          max={max}
          value={to}
          onKeyDown={onEdgeKey('to')}
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

  function dragEdge(e: PointerEvent, edge: 'from' | 'to') {
    e.stopPropagation();
    actions.setPlaying(false);
    const target = e.currentTarget as HTMLElement;
    target.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => {
      const { from: f, to: tt } = store.getState().selection;
      const y = yearAt(ev.clientX);
      if (edge === 'from') set([Math.min(y, tt), tt]);
      else set([f, Math.max(y, f)]);
    };
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  }
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
