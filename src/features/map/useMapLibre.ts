/**
 * The map, in the spirit of react-map-gl: created once per container, styled, kept fitted to
 * Kazakhstan when its box changes, and removed with the component. It hands the map out once
 * its style is in; everything a selection changes is bound by the caller (bindMap.ts).
 */
import {
  AttributionControl,
  clearPrewarmedResources,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { t } from '../../lib/strings.ts';
import { KZ_BOUNDS, mapStyle } from './mapStyle.ts';
import { drawMarksOnDemand } from './markImages.ts';

setWorkerUrl(workerUrl);
// MapLibre's worker (its own 145 KB script) starts as this code arrives, not when the map is
// made: the explorer asks for this code once the data is in (preloadMap), so the worker loads
// and compiles on its own thread while the page draws the list and charts.
prewarm();

export type MapState = { map: MapLibreMap | null; failed: boolean };

/**
 * `localize` adapts the style before the map is made (labels in the page's language), so the
 * labels are laid out once rather than again by a setLayoutProperty after the first draw.
 */
export function useMapLibre(
  container: RefObject<HTMLDivElement | null>,
  localize: (style: StyleSpecification) => StyleSpecification = (style) => style,
): MapState {
  const [state, setState] = useState<MapState>({ map: null, failed: false });
  // The map is made once per container: a later `localize` is the caller's to apply.
  const initialLocalize = useRef(localize);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let map: MapLibreMap;
    try {
      map = createMap(el, initialLocalize.current(mapStyle(new URL('./', document.baseURI).href)));
    } catch {
      // No map on this page after all: let the worker go.
      clearPrewarmedResources();
      // Only the map constructor knows whether WebGL works here; its failure is external state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ map: null, failed: true });
      return;
    }
    const stopImages = drawMarksOnDemand(map);
    // Hand the map out as soon as its style is in, not on 'load' (all sources parsed and drawn):
    // the caller's data then loads with the basemap's sources and is in the first frames,
    // instead of a second round of parsing and frames after the basemap is drawn.
    map.once('style.load', () => setState({ map, failed: false }));
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

function createMap(el: HTMLDivElement, style: StyleSpecification): MapLibreMap {
  const map = new MapLibreMap({
    container: el,
    style,
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
