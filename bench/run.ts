/**
 * `npm run bench`: how the explorer copes with the real data and 1k, 10k and 100k incidents. Builds the
 * app once, serves one copy per dataset, measures each in headless Chromium, prints a
 * table and writes bench/results.json. See bench/README.md for what each number means.
 *
 * Options: --sizes=1000,10000,100000  --steps=100  --load-runs=3  --floor-runs=30
 *          --load-timeout=120000  --step-timeout=15000  --seed=1991  --no-real
 *          --profile (adds CPU profiles: timeline steps on 10k, the load of 100k)
 *          --profile-only (only the profiles)
 *          --build-only, then --no-build (build outside the browser lock, measure under it)
 *          --mobile-steps=20  --mobile-load-runs=7  --no-mobile (the real data on the mobile profile: see ExplorerSession.MOBILE)
 *          --gpu-compositing (Chromium composites on SwiftShader, as a phone's Chrome on its GPU: see bench/README.md)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { incidentColumns, serializeIncidentColumns } from '../src/data/incidentColumns.ts';
import { loadDataset } from '../src/data/loadDataset.ts';
import { buildApp, buildFloor, gzipBytes, OUT, ROOT, siteWithData } from './buildSites.ts';
import { launchChromium, MOBILE } from './ExplorerSession.ts';
import { serveSite } from './serveSite.ts';
import { formatReport } from './formatReport.ts';
import { measureEmbed } from './measureEmbed.ts';
import { measureExplorer } from './measureExplorer.ts';
import { profileLoad, profileSteps } from './profileExplorer.ts';
import type { BenchOptions, Results } from './Results.ts';
import { traceSteps } from './traceSteps.ts';
import { serializeCollection, syntheticDataset, type IncidentCollection, type SyntheticMix } from './syntheticDataset.ts';

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const options: BenchOptions = {
  sizes: option('sizes', '1000,10000,100000').split(',').filter(Boolean).map(Number),
  steps: Number(option('steps', '100')),
  loadRuns: Number(option('load-runs', '3')),
  floorRuns: Number(option('floor-runs', '30')),
  loadTimeoutMs: Number(option('load-timeout', '120000')),
  stepTimeoutMs: Number(option('step-timeout', '15000')),
  seed: Number(option('seed', '1991')),
  real: !flag('no-real'),
  profile: flag('profile') || flag('profile-only'),
  profileOnly: flag('profile-only'),
  mobile: !flag('no-mobile') && !flag('no-real'),
  mobileSteps: Number(option('mobile-steps', '20')),
  mobileLoadRuns: Number(option('mobile-load-runs', '7')),
  gpuCompositing: flag('gpu-compositing'),
};

const label = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

/** The commit measured, and how many files differed from it when the app was built. */
function gitState(): { commit: string; changedFiles: number } | null {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    const changed = git('status', '--porcelain', '--untracked-files=no').split('\n').filter(Boolean);
    return { commit: git('rev-parse', '--short', 'HEAD').trim(), changedFiles: changed.length };
  } catch {
    return null;
  }
}

async function validate(dir: string): Promise<number> {
  const t0 = performance.now();
  const fetchFile: typeof fetch = async (input) => new Response(readFileSync(String(input), 'utf8'));
  const data = await loadDataset(`${dir}/data/`, fetchFile);
  if (data.incidents.length === 0) throw new Error(`${dir}: no incidents`);
  return Math.round(performance.now() - t0);
}

async function main() {
  const startedAt = loadavg();
  const git = gitState();
  const built = join(OUT, 'dist');
  const floorsFile = join(OUT, 'floors.json');
  let floors: NonNullable<Results['floors']>;
  if (flag('no-build')) {
    if (!existsSync(join(built, '.vite/manifest.json')) || !existsSync(floorsFile)) {
      throw new Error(`--no-build: no build in ${OUT}; run with --build-only first`);
    }
    log(`measuring the build already in ${built}`);
    floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as typeof floors;
  } else {
    log(`building the app into ${built}`);
    await buildApp(built);
    log('building the library floors');
    floors = { explorer: await buildFloor('explorer'), embed: await buildFloor('embed'), maplibre: await buildFloor('maplibre') };
    writeFileSync(floorsFile, JSON.stringify(floors));
  }
  // Build outside the browser lock, then measure under it: `--build-only`, then `--no-build`.
  if (flag('build-only')) return;
  // Built now, from the same sources: the working tree may change while the benchmark runs.
  const plain = join(OUT, 'dist-profile');
  if (options.profile) {
    log(`building an unminified copy for the CPU profiles into ${plain}`);
    await buildApp(plain, { minify: false });
  }
  const realGeojson = readFileSync(join(built, 'data/incidents.geojson'), 'utf8');
  const real = JSON.parse(realGeojson) as IncidentCollection;

  // `files.app` is the file the app loads (data/incidents.json); the GeoJSON holds the same incidents.
  const sites: { name: string; dir: string; files: { geojson: string; app: string }; incidents: number; mix?: SyntheticMix }[] =
    [];
  if (options.real && !options.profileOnly) {
    const app = readFileSync(join(built, 'data/incidents.json'), 'utf8');
    sites.push({ name: 'real', dir: built, files: { geojson: realGeojson, app }, incidents: real.features.length });
  }
  const sizes = options.profileOnly ? [10_000, 100_000] : options.sizes;
  for (const n of sizes) {
    const { fc, mix } = syntheticDataset(real, n, options.seed + n);
    const files = { geojson: serializeCollection(fc), app: serializeIncidentColumns(incidentColumns(fc.features)) };
    sites.push({ name: label(n), dir: join(OUT, 'sites', label(n)), files, incidents: n, mix });
  }
  for (const s of sites) if (s.dir !== built) siteWithData(built, s.dir, s.files);

  const browser = await launchChromium(options.gpuCompositing);
  const results: Results = {
    machine: {
      date: new Date().toISOString(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.version,
      git,
      chromium: browser.version(),
      loadAverageAtStart: startedAt,
      loadAverageAtEnd: [],
    },
    options,
    embed: { built: false },
    datasets: [],
  };

  try {
    if (!options.profileOnly) {
      results.floors = floors;

      for (const site of sites) {
        log(`${site.name}: validating, serving, measuring`);
        const validateInNodeMs = await validate(site.dir);
        const server = await serveSite(site.dir);
        try {
          const measured = await measureExplorer(browser, site.dir, server.url, options);
          results.datasets.push({
            name: site.name,
            incidents: site.incidents,
            dataBytes: Buffer.byteLength(site.files.app),
            dataGzipBytes: gzipBytes(site.files.app),
            validateInNodeMs,
            ...measured,
            ...(site.mix ? { mix: site.mix } : {}),
          });
          if (site.name === 'real' && options.mobile) {
            log('real: measuring on the mobile profile');
            const mobile = await measureExplorer(
              browser,
              site.dir,
              server.url,
              { ...options, steps: options.mobileSteps, loadRuns: options.mobileLoadRuns },
              MOBILE,
            );
            results.mobile = {
              name: 'real, mobile',
              incidents: site.incidents,
              dataBytes: Buffer.byteLength(site.files.app),
              dataGzipBytes: gzipBytes(site.files.app),
              validateInNodeMs,
              ...mobile,
            };
          }
          if (site.name === 'real') {
            if (existsSync(join(site.dir, 'embed.html'))) {
              log('embed: measuring');
              results.embed = await measureEmbed(browser, site.dir, server.url, 30_000);
            } else {
              log('embed: not built');
            }
          }
        } finally {
          await server.close();
        }
      }
    }

    if (options.profile) {
      results.profiles = {};
      // Steps are profiled on the unminified build, so the names in the profile are the source's.
      for (const [name, n] of [
        ['steps10k', 10_000],
        ['load100k', 100_000],
      ] as const) {
        const site = sites.find((s) => s.name === label(n));
        if (!site) continue;
        const dir = join(OUT, 'sites-profile', site.name);
        siteWithData(plain, dir, site.files);
        const server = await serveSite(dir);
        try {
          log(`profiling ${name}`);
          if (name === 'steps10k') {
            results.profiles[name] = await profileSteps(browser, dir, server.url, options);
            log('tracing steps10k');
            results.trace = await traceSteps(browser, dir, server.url, options);
          } else {
            results.profiles[name] = await profileLoad(browser, dir, server.url, options);
          }
        } finally {
          await server.close();
        }
      }
    }
  } finally {
    results.machine.loadAverageAtEnd = loadavg();
    await browser.close();
  }

  // A profile-only or --gpu-compositing run leaves bench/results.json (the last full run) alone.
  const file = options.profileOnly
    ? join(OUT, 'results-profile.json')
    : options.gpuCompositing
      ? join(OUT, 'results-gpu-compositing.json')
      : join(ROOT, 'bench/results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 1)}\n`);
  process.stdout.write(formatReport(results));
  log(`wrote ${file}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
