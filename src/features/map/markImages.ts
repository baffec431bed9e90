/**
 * The town marks' images in the map: added ahead for a whole towns source (bindMap.ts), drawn
 * when the map asks for one it lacks, and drawn again once the counts' font has loaded.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawMarks, PIE_FONT, type MarkPixels } from './pieImage.ts';

/**
 * Adds the pie and ring images of `names` the map does not have yet, drawn together
 * (drawMarks, which leaves out names that are not a mark's): bindMap adds every mark of the
 * towns source before the map asks for them one by one.
 */
export function addMarks(map: MapLibreMap, names: Iterable<string>): void {
  marksAhead(map, names).add();
}

/** Marks drawn ahead, a slice at a time, and added to the map together (marksAhead). */
export interface MarksAhead {
  /** Draws marks until `deadline` (a `performance.now()` time) has passed; true once every mark is drawn. */
  drawUntil: (deadline: number) => boolean;
  /** Adds every mark to the map, drawing at once those not drawn yet. */
  add: () => void;
}

/** How many marks drawUntil draws between looks at the clock (one canvas readback each). */
const MARKS_PER_LOOK = 24;

/**
 * The marks of `names` the map lacks, drawn a slice per call of drawUntil, so that the 1,400
 * marks of every window of years at 100k incidents (0.3 s of drawing) do not hold the page in
 * one task; added together by `add`, since each image added makes the map draw again.
 */
export function marksAhead(map: MapLibreMap, names: Iterable<string>): MarksAhead {
  const ratio = map.getPixelRatio();
  const todo = [...new Set(names)].filter((name) => !map.hasImage(name));
  const drawn = new Map<string, MarkPixels>();
  // Marks drawn before the counts' font arrived go back in the queue, to be drawn with it.
  let fontIn = document.fonts.check(PIE_FONT);
  const redrawOnceFontIn = () => {
    if (fontIn || !document.fonts.check(PIE_FONT)) return;
    fontIn = true;
    todo.push(...drawn.keys());
  };
  const drawUntil = (deadline: number) => {
    redrawOnceFontIn();
    // With no deadline, all at once: one canvas readback per sheet rather than per batch.
    const batch = deadline === Infinity ? Infinity : MARKS_PER_LOOK;
    while (todo.length > 0 && performance.now() < deadline)
      for (const [name, img] of drawMarks(todo.splice(0, batch), ratio)) drawn.set(name, img);
    return todo.length === 0;
  };
  return {
    drawUntil,
    add: () => {
      drawUntil(Infinity);
      for (const [name, img] of drawn) if (!map.hasImage(name)) map.addImage(name, img, { pixelRatio: ratio });
    },
  };
}

/** Draws each pie and ring image the map asks for and does not have; all again once the counts' font is in. */
export function drawMarksOnDemand(map: MapLibreMap): () => void {
  map.setMissingStyleImageResolver((id) => addMarks(map, [id]));
  let removed = false;
  if (!document.fonts.check(PIE_FONT)) {
    void document.fonts.load(PIE_FONT).then(() => {
      if (removed) return;
      // drawMarks leaves out the images that are not marks.
      for (const [name, img] of drawMarks(map.listImages(), map.getPixelRatio())) map.updateImage(name, img);
    });
  }
  return () => {
    removed = true;
  };
}
