/**
 * The map as the specs see it: whether MapLibre has drawn it, and where a place is drawn
 * while the map shows all of Kazakhstan.
 */
import type { Page } from 'playwright-core';

/** Kazakhstan's box and the padding the map fits it with (KZ_BOUNDS in src/features/map/mapStyle.ts). */
const KZ_BOUNDS = [46.4, 40.5, 87.4, 55.5] as const;
const FIT_PADDING = 8;

/** How long the map may take to draw with SwiftShader on a busy two-core machine. */
export const MAP_TIMEOUT = 45_000;

/**
 * Waits until the map has its style and data applied and has drawn them, every window of
 * years included (bindMap sets data-ready when it binds the map, once its style is in, and
 * data-towns-pending until the towns of every window are drawn; useMapLibre sets data-idle on
 * each idle); fails with the map's own message when it gave up.
 */
export async function waitForMapReady(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const el = document.querySelector<HTMLElement>('.map-canvas');
        return el?.dataset.ready === 'true' && !!el.dataset.idle && !el.dataset.townsPending;
      },
      undefined,
      { timeout: MAP_TIMEOUT, polling: 100 },
    );
  } catch (e) {
    const failed = await page
      .locator('.map-failed')
      .textContent()
      .catch(() => null);
    throw new Error(`The map did not become ready${failed ? `: it says "${failed}"` : ''}`, { cause: e });
  }
}

/**
 * Web Mercator, as MapLibre fits KZ_BOUNDS into a map of width × height CSS pixels: the
 * box's projected middle at the centre, scaled to fill the room inside the padding.
 */
export function project(lon: number, lat: number, width: number, height: number): { x: number; y: number } {
  const mx = (lng: number) => (lng + 180) / 360;
  const my = (la: number) => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360))) / 360;
  const [w, s, e, n] = KZ_BOUNDS;
  const scale = Math.min((width - 2 * FIT_PADDING) / (mx(e) - mx(w)), (height - 2 * FIT_PADDING) / (my(s) - my(n)));
  return {
    x: width / 2 + (mx(lon) - (mx(w) + mx(e)) / 2) * scale,
    y: height / 2 + (my(lat) - (my(n) + my(s)) / 2) * scale,
  };
}
