/**
 * The map, in the spirit of react-map-gl: created once per container, styled, kept fitted to
 * Kazakhstan when its box changes, and removed with the component. It hands the map out once
 * its style is in; everything a selection changes is bound by the caller (bindMap.ts).
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useState, type RefObject } from 'react';
import { t } from '../../lib/strings.ts';
import { KZ_BOUNDS, mapStyle } from './mapStyle.ts';
import { drawPie, drawRing, isPieName, isRingName, PIE_FONT } from './pieImage.ts';

setWorkerUrl(workerUrl);

export type MapState = { map: MapLibreMap | null; failed: boolean };

export function useMapLibre(container: RefObject<HTMLDivElement | null>): MapState {
  const [state, setState] = useState<MapState>({ map: null, failed: false });

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let map: MapLibreMap;
    try {
      map = createMap(el);
    } catch {
      // Only the map constructor knows whether WebGL works here; its failure is external state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ map: null, failed: true });
      return;
    }
    const stopImages = drawMarksOnDemand(map);
    map.once('load', () => setState({ map, failed: false }));
    map.on('idle', () => {
      el.dataset.idle = String(Date.now());
    });
    // Fit Kazakhstan whenever the window changes shape (rotate a phone, resize a window).
    const observer = new ResizeObserver(() => {
      map.resize();
      map.fitBounds(KZ_BOUNDS, { padding: 8, animate: false });
    });
    observer.observe(el);
    return () => {
      stopImages();
      observer.disconnect();
      map.remove();
      setState({ map: null, failed: false });
    };
  }, [container]);

  return state;
}

function createMap(el: HTMLDivElement): MapLibreMap {
  const map = new MapLibreMap({
    container: el,
    style: mapStyle(new URL('./', document.baseURI).href),
    bounds: KZ_BOUNDS,
    fitBoundsOptions: { padding: 8 },
    fadeDuration: 0,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxBounds: [30, 30, 105, 65],
    cooperativeGestures: false,
    // MapLibre's own labels (zoom buttons, the credit's toggle) in the page's language.
    locale: { ...t.map.controls, 'Map.Title': t.map.canvasLabel },
    // MapLibre sends the page's address (and so the search) as the Referer of its own
    // requests, whatever the page's <meta name="referrer">: say no-referrer on each.
    transformRequest: (url) => ({ url, referrerPolicy: 'no-referrer' }),
  });
  // The benchmark (bench/) times a bare repaint as the floor of a timeline step: it needs the map.
  if (new URLSearchParams(location.search).has('bench')) (window as { __kzMap?: unknown }).__kzMap = map;
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new AttributionControl({ compact: true, customAttribution: t.map.credit }), 'bottom-right');
  // Start the credit folded on narrow screens, where it would cover the south of the map.
  if (el.clientWidth < 600) el.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  return map;
}

/** Draws each pie and ring image the first time a layer asks for it; again once the counts' font is in. */
function drawMarksOnDemand(map: MapLibreMap): () => void {
  const draw = (id: string, ratio: number) => (isPieName(id) ? drawPie(id, ratio) : drawRing(id, ratio));
  map.setMissingStyleImageResolver((id) => {
    if (!(isPieName(id) || isRingName(id)) || map.hasImage(id)) return;
    const img = draw(id, map.getPixelRatio());
    if (img) map.addImage(id, img, { pixelRatio: map.getPixelRatio() });
  });
  let removed = false;
  if (!document.fonts.check(PIE_FONT)) {
    void document.fonts.load(PIE_FONT).then(() => {
      if (removed) return;
      for (const id of map.listImages().filter((name) => isPieName(name) || isRingName(name))) {
        const img = draw(id, map.getPixelRatio());
        if (img) map.updateImage(id, img);
      }
    });
  }
  return () => {
    removed = true;
  };
}
