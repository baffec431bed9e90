/** The printed report: one column per dataset, one row per number; then JavaScript, then profiles. */
import type { ProfileSummary } from './profileExplorer.ts';
import type { TraceSummary } from './traceSteps.ts';
import type { DatasetResult, Results } from './Results.ts';
import { fmtKB, fmtMB, fmtMs, type Measured } from './stats.ts';

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '))
    .join('\n');
}

const ms = (v: Measured | null | undefined) => fmtMs(v ?? null);

function datasetRows(ds: DatasetResult[], results: Results): string[][] {
  const col = (f: (d: DatasetResult) => string) => ds.map(f);
  const steps = results.options.steps;
  const m = (d: DatasetResult) => d.load.milestones;
  return [
    ['', ...col((d) => d.name)],
    ['incidents', ...col((d) => String(d.incidents))],
    ['data file, raw / gzip', ...col((d) => `${fmtKB(d.dataBytes)} / ${fmtKB(d.dataGzipBytes)}`)],
    ['loadDataset in Node (parse + checks), ms', ...col((d) => String(d.validateInNodeMs))],
    [
      `load → first complete view, ms (median of ${results.options.loadRuns}${results.mobile ? `, mobile ${results.options.mobileLoadRuns}` : ''})`,
      ...col((d) => ms(d.load.medianMs)),
    ],
    ['  each run, ms', ...col((d) => d.load.runsMs.map((v) => ms(v)).join(' '))],
    [
      '  data fetched / list / charts / map idle, ms',
      ...col((d) => (m(d) ? [m(d)?.dataFetched, m(d)?.list, m(d)?.charts, m(d)?.mapIdle].map((v) => ms(v)).join(' / ') : 'n/a')),
    ],
    [
      '  longest task during load, ms (count)',
      ...col((d) => (d.load.longTasks === null ? 'n/a' : `${ms(d.load.longestTaskMs)} (${d.load.longTasks})`)),
    ],
    ['explorer JS requested, gzip', ...col((d) => (d.js ? fmtKB(d.js.gzipBytes) : 'n/a'))],
    [
      `timeline step, median, ms (${steps} steps${results.mobile ? `, mobile ${results.options.mobileSteps}` : ''})`,
      ...col((d) => ms(d.steps?.medianMs)),
    ],
    ['timeline step, p95, ms', ...col((d) => ms(d.steps?.p95Ms))],
    ['timeline step, max, ms', ...col((d) => ms(d.steps?.maxMs))],
    ['  DOM updated, median / p95, ms', ...col((d) => `${ms(d.steps?.domMedianMs)} / ${ms(d.steps?.domP95Ms)}`)],
    ['  map idle again, median, ms', ...col((d) => ms(d.steps?.mapIdleMedianMs))],
    ['  map frames drawn per step, median', ...col((d) => String(d.steps?.mapFramesMedian ?? 'n/a'))],
    ['  steps timed out', ...col((d) => (d.steps ? String(d.steps.timeouts) : 'n/a'))],
    [
      'longest task during steps, ms (count)',
      ...col((d) => (d.steps ? `${ms(d.steps.longestTaskMs)} (${d.steps.longTasks})` : 'n/a')),
    ],
    [
      'floor: bare map repaint, median / p95, ms',
      ...col((d) => (d.floor ? `${ms(d.floor.medianMs)} / ${ms(d.floor.p95Ms)}` : 'n/a')),
    ],
    ['step p95 / floor p95', ...col((d) => (d.stepP95OverFloorP95 === null ? 'n/a' : `${d.stepP95OverFloorP95}×`))],
    [
      'step median / floor median',
      ...col((d) => (d.stepMedianOverFloorMedian === null ? 'n/a' : `${d.stepMedianOverFloorMedian}×`)),
    ],
    ['JS heap after load (after GC)', ...col((d) => fmtMB(d.heap.afterLoadBytes))],
    [`JS heap after ${steps} steps (after GC)`, ...col((d) => fmtMB(d.heap.afterStepsBytes))],
  ];
}

function networkSection(d: DatasetResult): string {
  const n = d.network;
  const net = d.profile.network;
  if (!n || !net) return '';
  const mbps = (bytesPerSecond: number) => ((bytesPerSecond * 8) / 1024 / 1024).toFixed(2);
  const floor = (f: NonNullable<typeof n.firstView>) =>
    `${fmtKB(f.transferredBytes)} / ${mbps(net.downloadBytesPerSecond)} Mbps + ${f.roundTrips} round trips × ${net.latencyMs} ms = ${f.floorMs} ms`;
  const files = (f: NonNullable<typeof n.firstView>) =>
    f.requests.map((r) => `${r.path} ${fmtKB(r.transferredBytes)} (${r.depth})`).join(', ');
  const lines = [
    `Mobile profile: CPU ${d.profile.cpuSlowdown}× slower, ${net.latencyMs} ms round trip, ${mbps(net.downloadBytesPerSecond)} Mbps down, ` +
      `${mbps(net.uploadBytesPerSecond)} Mbps up, ${d.profile.viewport.width}×${d.profile.viewport.height} touch; ${d.name}, ${d.incidents} incidents`,
    `  first useful view (list and charts drawn), each run: ${n.firstViewMs.join(' ')} ms; floor each run: ${n.firstViewFloorMs.join(' ')} ms` +
      ` → ${n.firstViewOverFloorMedian ?? 'n/a'}× the floor (median; target ≤ 1.5×)`,
  ];
  if (n.firstView)
    lines.push(`    floor: ${floor(n.firstView)}`, `    waited on (transferred, waterfall level): ${files(n.firstView)}`);
  lines.push(
    `  map idle, each run: ${n.mapIdleMs.join(' ')} ms; floor each run: ${n.mapIdleFloorMs.join(' ')} ms` +
      ` → ${n.mapIdleOverFloorMedian ?? 'n/a'}× the floor (median; target ≤ 2×)`,
  );
  if (n.mapIdle) lines.push(`    floor: ${floor(n.mapIdle)}`, `    waited on: ${files(n.mapIdle)}`);
  lines.push(
    `  last run: first data file requested at ${ms(n.dataRequestedMs)} ms, the map's first file at ${ms(n.mapCodeRequestedMs)} ms`,
  );
  return lines.join('\n');
}

function javascriptSection(results: Results): string {
  const lines: string[] = ['JavaScript, gzip (zlib default level, as the preview server sends it)'];
  const f = results.floors;
  const explorer = results.datasets.find((d) => d.js)?.js ?? null;
  if (f && explorer) {
    const over = explorer.gzipBytes - f.explorer.gzipBytes;
    lines.push(
      `  explorer: ${fmtKB(explorer.gzipBytes)}   floor (maplibre-gl + its worker + react-dom/client): ${fmtKB(f.explorer.gzipBytes)}` +
        `   → ${(explorer.gzipBytes / f.explorer.gzipBytes).toFixed(2)}× the floor, ${over >= 0 ? '+' : ''}${fmtKB(over)}`,
      `    maplibre-gl + worker alone: ${fmtKB(f.maplibre.gzipBytes)}; react-dom/client alone: ${fmtKB(f.embed.gzipBytes)}`,
      `    files: ${explorer.files.map((x) => `${new URL(x.url).pathname.replace(/^\//, '')} ${fmtKB(x.gzipBytes)}`).join(', ')}`,
    );
  }
  if ('built' in results.embed) lines.push('  embed: not built');
  else if (f) {
    const e = results.embed;
    const over = e.js.gzipBytes - f.embed.gzipBytes;
    lines.push(
      `  embed (${new URL(e.url).pathname.slice(1)}${new URL(e.url).search}): ${fmtKB(e.js.gzipBytes)}   floor (react-dom/client): ${fmtKB(f.embed.gzipBytes)}` +
        `   → ${(e.js.gzipBytes / f.embed.gzipBytes).toFixed(2)}× the floor, ${over >= 0 ? '+' : ''}${fmtKB(over)}; chart drawn at ${ms(e.drawnMs)} ms`,
      `    files: ${e.js.files.map((x) => `${new URL(x.url).pathname.replace(/^\//, '')} ${fmtKB(x.gzipBytes)}`).join(', ')}`,
    );
  }
  return lines.join('\n');
}

function profileSection(name: string, p: ProfileSummary): string {
  const rows = (entries: ProfileSummary['topSelf'], which: 'self' | 'total') => [
    ['  function', 'file', `${which} ms`, '%'],
    ...entries.map((e) => [
      `  ${e.function}`,
      e.file,
      String(which === 'self' ? e.selfMs : e.totalMs),
      String(which === 'self' ? e.selfPct : e.totalPct),
    ]),
  ];
  return [
    `CPU profile, ${name}: ${p.what}; ${p.note}`,
    `  ${p.durationMs} ms profiled, ${p.busyMs} ms busy on the main thread (GC ${p.gcMs} ms, native/program ${p.programMs} ms)`,
    '  by self time:',
    table(rows(p.topSelf, 'self')),
    '  our functions (src/) by total time, callees included:',
    table(rows(p.topTotalInSrc, 'total')),
    '  by file or package, self time:',
    table([['  file', 'self ms', '%'], ...p.byFile.map((f) => [`  ${f.file}`, String(f.selfMs), String(f.selfPct)])]),
  ].join('\n');
}

function traceSection(t: TraceSummary): string {
  return [
    `Chrome trace: ${t.what}; median step while tracing ${t.stepMedianMs ?? 'n/a'} ms. Per step, by thread (busy ms) and event (self ms):`,
    ...t.threads.map(
      (th) => `  ${th.thread} ${th.busyMsPerStep}: ${th.top.map((e) => `${e.event} ${e.selfMsPerStep}`).join(', ')}`,
    ),
  ].join('\n');
}

export function formatReport(results: Results): string {
  const m = results.machine;
  const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const out: string[] = [
    '',
    `Explorer benchmark, ${m.date}, ${m.git ? `commit ${m.git.commit}${m.git.changedFiles ? ` + ${m.git.changedFiles} changed files` : ''}` : 'no git'}`,
    `${m.cpus} CPUs (${m.cpuModel}), ${fmtMB(m.memoryBytes)} RAM, Node ${m.node}, Chromium ${m.chromium} (headless, SwiftShader WebGL, ${results.options.gpuCompositing ? 'compositing on the GPU: --gpu-compositing' : 'software compositing'}), desktop viewport 1280×900`,
    `Load average (1/5/15 min) at start ${la(m.loadAverageAtStart)}, at end ${la(m.loadAverageAtEnd)}: the machine is shared, so these numbers are noisy.`,
    '',
  ];
  // The mobile column sits beside the desktop one of the same data.
  const columns = results.datasets.flatMap((d) => (d.name === 'real' && results.mobile ? [d, results.mobile] : [d]));
  if (columns.length) out.push(table(datasetRows(columns, results)), '');
  if (results.mobile) out.push(networkSection(results.mobile), '');
  if (results.floors) out.push(javascriptSection(results), '');
  for (const d of columns) for (const e of d.errors) out.push(`note (${d.name}): ${e}`);
  for (const [name, p] of Object.entries(results.profiles ?? {})) if (p) out.push('', profileSection(name, p));
  if (results.trace) out.push('', traceSection(results.trace));
  return `${out.join('\n')}\n`;
}
