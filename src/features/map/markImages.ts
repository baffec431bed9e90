/**
 * The town marks' images in the map: added ahead for a whole towns source (bindMap.ts), drawn
 * when the map asks for one it lacks, and drawn again once the counts' font has loaded.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawMarks, PIE_FONT } from './pieImage.ts';

/**
 * Adds the pie and ring images of `names` the map does not have yet, drawn together
 * (drawMarks, which leaves out names that are not a mark's): bindMap adds every mark of the
 * towns source before the map asks for them one by one.
 */
export function addMarks(map: MapLibreMap, names: Iterable<string>): void {
  const missing = new Set<string>();
  for (const name of names) if (!map.hasImage(name)) missing.add(name);
  const ratio = map.getPixelRatio();
  for (const [name, img] of drawMarks(missing, ratio)) map.addImage(name, img, { pixelRatio: ratio });
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
