/**
 * Web Mercator, fitted the way MapLibre's fitBounds fits a box into a map of a given size:
 * the box's projected middle at the centre of the room, scaled so the whole box fits inside
 * the padding. The image and the video draw with it, so their towns sit where the map puts them.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Projection = (lon: number, lat: number) => [number, number];

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

/** The width over height of a box in Web Mercator. */
export function boundsAspect([w, s, e, n]: readonly [number, number, number, number]): number {
  return (mercX(e) - mercX(w)) / (mercY(s) - mercY(n));
}

export function fitMercator(bounds: readonly [number, number, number, number], room: Rect, padding = 0): Projection {
  const [w, s, e, n] = bounds;
  const scale = Math.min((room.width - 2 * padding) / (mercX(e) - mercX(w)), (room.height - 2 * padding) / (mercY(s) - mercY(n)));
  const cx = room.x + room.width / 2;
  const cy = room.y + room.height / 2;
  const mx = (mercX(w) + mercX(e)) / 2;
  const my = (mercY(n) + mercY(s)) / 2;
  return (lon, lat) => [cx + (mercX(lon) - mx) * scale, cy + (mercY(lat) - my) * scale];
}
