/**
 * The physical floor of a load on an emulated network: the bytes a view waits on divided by
 * the bandwidth, plus one round trip per level of the request waterfall. Nothing can arrive
 * sooner, whatever the code does with the CPU; the bench's load times are read against it.
 */
import type { DeviceProfile, RequestRecord } from './ExplorerSession.ts';

export interface NetworkFloor {
  /** The requests counted, each with its transferred bytes and its level in the waterfall (1: the page). */
  requests: { path: string; transferredBytes: number; depth: number }[];
  transferredBytes: number;
  /** The deepest level among the requests counted: the round trips that cannot overlap. */
  roundTrips: number;
  /** transferredBytes / bandwidth + roundTrips × round-trip time. */
  floorMs: number;
}

/** Resources that can start other requests; a font, an image or a data file cannot. */
const INITIATES = /(\.m?js|\.css|\.html|^index\.html)$/;

/**
 * Each request's level in the waterfall: one more than that of its parent, taken as the
 * page, script or stylesheet that finished last before it started (the browser cannot ask
 * for a file before the one that names it has arrived). Requests that start together share
 * a level, however many there are.
 */
export function waterfallDepths(records: readonly RequestRecord[]): Map<RequestRecord, number> {
  const depth = new Map<RequestRecord, number>();
  const byStart = [...records].sort((a, b) => a.startMs - b.startMs);
  for (const r of byStart) {
    let parent: RequestRecord | null = null;
    for (const q of byStart) {
      if (q === r || !INITIATES.test(q.path) || q.endMs > r.startMs || !depth.has(q)) continue;
      if (!parent || q.endMs > parent.endMs) parent = q;
    }
    depth.set(r, parent ? (depth.get(parent) ?? 0) + 1 : 1);
  }
  return depth;
}

/** The floor of the view that waits on `wanted` requests, on the profile's network. */
export function networkFloor(
  records: readonly RequestRecord[],
  wanted: (r: RequestRecord) => boolean,
  network: NonNullable<DeviceProfile['network']>,
): NetworkFloor {
  const depths = waterfallDepths(records);
  const counted = records.filter(wanted);
  const transferredBytes = counted.reduce((s, r) => s + r.transferredBytes, 0);
  const roundTrips = Math.max(0, ...counted.map((r) => depths.get(r) ?? 0));
  return {
    requests: counted.map((r) => ({ path: r.path, transferredBytes: r.transferredBytes, depth: depths.get(r) ?? 0 })),
    transferredBytes,
    roundTrips,
    floorMs: Math.round((transferredBytes / network.downloadBytesPerSecond) * 1000 + roundTrips * network.latencyMs),
  };
}
