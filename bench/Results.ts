/** The shape of bench/results.json. */
import type { BundleSize } from './buildSites.ts';
import type { EmbedResult } from './measureEmbed.ts';
import type { ExplorerResult, MeasureOptions } from './measureExplorer.ts';
import type { ProfileSummary } from './profileExplorer.ts';
import type { SyntheticMix } from './syntheticDataset.ts';
import type { TraceSummary } from './traceSteps.ts';

export interface BenchOptions extends MeasureOptions {
  sizes: number[];
  seed: number;
  real: boolean;
  profile: boolean;
  profileOnly: boolean;
  /** The real data measured again on the mobile profile (ExplorerSession.MOBILE), with this many steps. */
  mobile: boolean;
  mobileSteps: number;
  mobileLoadRuns: number;
  /**
   * Chromium composites on the GPU (SwiftShader) instead of in software, as a phone's Chrome
   * does: `--gpu-compositing`. By default headless Chromium composites in software, which reads
   * the map's WebGL canvas back on the page's main thread in every frame.
   */
  gpuCompositing: boolean;
}

export interface DatasetResult extends ExplorerResult {
  name: string;
  incidents: number;
  dataBytes: number;
  dataGzipBytes: number;
  /** loadDataset (fetch, JSON.parse, the checks, building the incidents) run in Node on the files: it must pass. */
  validateInNodeMs: number;
  mix?: SyntheticMix;
}

export interface Results {
  machine: {
    date: string;
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    node: string;
    /** HEAD when the app was built, and the number of tracked files changed from it. */
    git: { commit: string; changedFiles: number } | null;
    chromium: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  options: BenchOptions;
  floors?: { explorer: BundleSize; embed: BundleSize; maplibre: BundleSize };
  embed: EmbedResult | { built: false };
  datasets: DatasetResult[];
  /** The real data on the mobile profile. */
  mobile?: DatasetResult;
  profiles?: { steps10k?: ProfileSummary; load100k?: ProfileSummary };
  trace?: TraceSummary;
}
