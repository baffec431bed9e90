/**
 * The map: created once, fed by the store through subscribe (no React re-render per step).
 * Town marks for every window of years live in one GeoJSON source, and regions are coloured
 * through feature-state. A timeline step only changes feature-state, which MapLibre applies
 * in the next frame without a round trip to its worker (see mapStyle.ts).
 */
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapMouseEvent,
  type PointLike,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { emptyCounts, type MapView, type TownCount, type View } from '../../data/deriveView.ts';
import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { t } from '../../lib/strings.ts';
import { useAppStoreApi, useDataset } from '../../store/AppContext.tsx';
import type { Selection } from '../../data/Selection.ts';
import type { AppContextValue } from '../../store/AppContext.tsx';
import { choroplethClass, mapStyle } from './mapStyle.ts';
import { drawPie, drawRing, isPieName, isRingName, PIE_FONT, pieDiameter, pieName, ringDiameter, ringName } from './pieImage.ts';
import { isolate } from '../../lib/isolate.tsx';

setWorkerUrl(workerUrl);

/** Kazakhstan's bounding box, with a little room around it. */
export const KZ_BOUNDS: [number, number, number, number] = [46.4, 40.5, 87.4, 55.5];

interface Hover {
  x: number;
  y: number;
  text: string;
}

export default function IncidentMap({
  view,
  noWebglText = t.map.noWebgl,
}: {
  view: AppContextValue['view'];
  /** What to say in the map's place without WebGL: the embed has no timeline, charts or list to point to. */
  noWebglText?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const data = useDataset();
  const [failed, setFailed] = useState(false);
  const [hover, setHover] = useState<Hover | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
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
        locale: { 'Map.Title': t.map.canvasLabel },
        // MapLibre sends the page's address (and so the search) as the Referer of its own
        // requests, whatever the page's <meta name="referrer">: say no-referrer on each.
        transformRequest: (url) => ({ url, referrerPolicy: 'no-referrer' }),
      });
    } catch {
      // Only the map constructor knows whether WebGL works here; its failure is external state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFailed(true);
      return;
    }
    // The benchmark (bench/) times a bare repaint as the floor of a timeline step: it needs the map.
    if (new URLSearchParams(location.search).has('bench')) (window as { __kzMap?: unknown }).__kzMap = map;
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new AttributionControl({ compact: true, customAttribution: t.map.credit }), 'bottom-right');
    // Start the credit folded on narrow screens, where it would cover the south of the map.
    if (el.clientWidth < 600) el.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');

    const drawMark = (id: string, ratio: number) => (isPieName(id) ? drawPie(id, ratio) : drawRing(id, ratio));
    map.setMissingStyleImageResolver((id) => {
      if (!(isPieName(id) || isRingName(id)) || map.hasImage(id)) return;
      const img = drawMark(id, map.getPixelRatio());
      if (img) map.addImage(id, img, { pixelRatio: map.getPixelRatio() });
    });
    // Marks drawn before the counts' font arrived are drawn again with it.
    let removed = false;
    if (!document.fonts.check(PIE_FONT)) {
      void document.fonts.load(PIE_FONT).then(() => {
        if (removed) return;
        for (const id of map.listImages().filter((name) => isPieName(name) || isRingName(name))) {
          const img = drawMark(id, map.getPixelRatio());
          if (img) map.updateImage(id, img);
        }
      });
    }

    const sel = () => store.getState().selection;
    let regionIds: string[] = [];
    let windowsKey = '';
    const drawn: DrawnState = { windows: new Map(), shown: [], regions: new Map() };
    // A town's mark for a window keeps its feature id when the towns are rebuilt (a search,
    // a type): until MapLibre's worker sends the new tiles, the old ones show the same marks.
    const townIndex = new Map([...data.towns.keys()].map((id, i) => [id, i]));
    const [firstYear, lastYear] = data.years;
    const span = lastYear - firstYear + 1;
    const featureId = ({ from, to, town }: TownWindow) => {
      let i = townIndex.get(town.id);
      if (i === undefined) townIndex.set(town.id, (i = townIndex.size));
      return i * span * span + (from - firstYear) * span + (to - firstYear);
    };
    /** The town under a point, among those drawn: every window's marks answer queries. */
    const townAt = (point: PointLike) => {
      const { from, to } = sel();
      return map
        .queryRenderedFeatures(point, { layers: ['towns', 'towns-linked'] })
        .find((f) => f.properties.from === from && f.properties.to === to);
    };
    /** Where the pointer rests on the map, so that the tooltip follows a step under it. */
    let pointer: { x: number; y: number } | null = null;
    function updateHover() {
      const point = pointer;
      if (!point) return;
      const town = townAt([point.x, point.y]);
      const region =
        sel().mapMode === 'regions' ? map.queryRenderedFeatures([point.x, point.y], { layers: ['regions'] })[0] : undefined;
      let text: string | null = null;
      if (town) {
        const p = town.properties as { name: string; total: number; linked: number; breakdown: string };
        text =
          p.linked > 0
            ? `${t.map.townLinkedTooltip(isolate(p.name), p.total, p.linked)}${p.breakdown ? `\n${p.breakdown}` : ''}`
            : `${t.map.townTooltip(isolate(p.name), p.total)}\n${p.breakdown}`;
      } else if (region) {
        const p = region.properties as { admin1: string; name: string };
        text = t.map.townTooltip(p.name, view(sel()).map.regionTotals.get(p.admin1) ?? 0);
      }
      map.getCanvas().style.cursor = text ? 'pointer' : '';
      setHover((h) => (text ? { x: point.x, y: point.y, text } : h && null));
    }
    const apply = (selection: Selection) => {
      // The towns of every years window, rebuilt only when what counts changes (types,
      // search, precise); moving the years only moves the window the layers show.
      const key = `${selection.types.join(',')}|${selection.q.trim().toLowerCase()}|${selection.precise}`;
      if (key !== windowsKey) {
        windowsKey = key;
        drawn.windows = setTownWindows(map, townWindows(view, selection, data.years), featureId);
      }
      const v: View = view(selection);
      applyMapView(map, v.map, selection, regionIds, drawn);
      updateHover();
    };

    // Once the style is in, every change is applied at once: feature-state and setData work
    // while sources load (map.loaded() is false until the next frame after any change, so a
    // step that came sooner would be lost).
    let ready = false;
    map.on('load', () => {
      ready = true;
      regionIds = (map.querySourceFeatures('regions') as { properties: { admin1?: string } }[])
        .map((f) => f.properties.admin1 ?? '')
        .filter(Boolean);
      regionIds = [...new Set(regionIds)];
      apply(sel());
      el.dataset.ready = 'true';
    });
    // Region ids are only known once the source is parsed; re-apply when it is.
    map.on('sourcedata', (e) => {
      if (e.sourceId === 'regions' && e.isSourceLoaded && regionIds.length === 0) {
        regionIds = [
          ...new Set(
            (map.querySourceFeatures('regions') as { properties: { admin1?: string } }[]).map((f) => f.properties.admin1 ?? ''),
          ),
        ].filter(Boolean);
        if (regionIds.length) apply(sel());
      }
    });
    map.on('idle', () => {
      el.dataset.idle = String(Date.now());
    });

    const unsubscribe = store.subscribe((s, prev) => {
      if (s.selection !== prev.selection && ready) apply(s.selection);
      const id = s.selection.incident;
      if (id !== prev.selection.incident) focusIncident(map, data.incidents.find((i) => i.id === id) ?? null);
    });
    map.once('load', () => focusIncident(map, data.incidents.find((i) => i.id === sel().incident) ?? null));

    map.on('mousemove', (e: MapMouseEvent) => {
      pointer = e.point;
      updateHover();
    });
    map.on('mouseout', () => {
      pointer = null;
      map.getCanvas().style.cursor = '';
      setHover(null);
    });
    map.on('click', (e) => {
      const actions = store.getState();
      const town = townAt(e.point);
      if (town) {
        const id = String(town.properties.id);
        const current = sel().place;
        actions.setPlace(current?.kind === 'town' && current.id === id ? null : { kind: 'town', id });
        return;
      }
      const region = map.queryRenderedFeatures(e.point, { layers: ['regions'] })[0];
      if (
        region &&
        (sel().mapMode === 'regions' || (view(sel()).map.regionOnly.get(String(region.properties.admin1)) ?? 0) > 0)
      ) {
        const id = String(region.properties.admin1);
        const current = sel().place;
        actions.setPlace(current?.kind === 'region' && current.id === id ? null : { kind: 'region', id });
      }
    });

    // Fit Kazakhstan whenever the window changes shape (rotate a phone, resize a window).
    const refit = () => map.fitBounds(KZ_BOUNDS, { padding: 8, animate: false });
    const observer = new ResizeObserver(() => {
      map.resize();
      refit();
    });
    observer.observe(el);

    return () => {
      removed = true;
      observer.disconnect();
      unsubscribe();
      map.remove();
    };
  }, [store, view, data]);

  if (failed) {
    return (
      <div className="map-failed" role="status">
        {noWebglText}
      </div>
    );
  }
  return (
    <div className="map-canvas" ref={container}>
      {hover && (
        <div className="map-tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          {hover.text}
        </div>
      )}
    </div>
  );
}

interface TownWindow {
  from: number;
  to: number;
  town: TownCount;
  /** Incidents linked to the town in the window (MapView.linked). */
  linked: number;
}

/**
 * Every town's counts for every window of years (a ≤ b), from one pass per year: a window
 * is a sum of its years. 12 years make 78 windows, so a few thousand features at most.
 */
function townWindows(view: AppContextValue['view'], sel: Selection, [first, last]: [number, number]): TownWindow[] {
  const perYear = new Map<number, MapView>();
  for (let y = first; y <= last; y++) perYear.set(y, view({ ...sel, from: y, to: y }).map);
  const out: TownWindow[] = [];
  for (let a = first; a <= last; a++) {
    const sums = new Map<string, { town: TownCount; linked: number }>();
    const sumOf = (t: { id: string; name: string; lon: number; lat: number }) => {
      let sum = sums.get(t.id);
      if (!sum) {
        sum = { town: { id: t.id, name: t.name, lon: t.lon, lat: t.lat, total: 0, byType: emptyCounts() }, linked: 0 };
        sums.set(t.id, sum);
      }
      return sum;
    };
    for (let b = a; b <= last; b++) {
      const year = perYear.get(b);
      for (const town of year?.towns ?? []) {
        const sum = sumOf(town).town;
        sum.total += town.total;
        for (const type of INCIDENT_TYPES) sum.byType[type] += town.byType[type];
      }
      for (const l of year?.linked.values() ?? []) sumOf(l).linked += l.count;
      for (const { town, linked } of sums.values()) {
        out.push({ from: a, to: b, town: { ...town, byType: { ...town.byType } }, linked });
      }
    }
  }
  return out;
}

/** Where a town's ring goes: beside its pie, touching it, or on the town when it has no pie. */
function ringOffset(total: number, linked: number): [number, number] {
  if (total === 0) return [0, 0];
  const d = (pieDiameter(total) + ringDiameter(linked)) / 2;
  return [Math.round(d * 0.8), -Math.round(d * 0.6)];
}

/** Replaces the towns source's features; returns the feature ids of each window ("from-to"). */
function setTownWindows(map: MapLibreMap, windows: TownWindow[], featureId: (w: TownWindow) => number): Map<string, number[]> {
  // Biggest marks first: the layer draws in source order, so small marks stay on top.
  windows.sort((a, b) => b.town.total - a.town.total);
  const ids = new Map<string, number[]>();
  const features = windows.map(({ from, to, town, linked }) => {
    const id = featureId({ from, to, town, linked });
    const key = `${from}-${to}`;
    const list = ids.get(key);
    if (list) list.push(id);
    else ids.set(key, [id]);
    return { id, from, to, town, linked };
  });
  map.getSource<GeoJSONSource>('towns')?.setData({
    type: 'FeatureCollection',
    features: features.map(({ id, from, to, town, linked }) => ({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [town.lon, town.lat] },
      properties: {
        id: town.id,
        from,
        to,
        name: town.name,
        total: town.total,
        pie: pieName(town.byType),
        diameter: pieDiameter(town.total),
        linked,
        ring: ringName(linked),
        ringOffset: ringOffset(town.total, linked),
        breakdown: Object.entries(town.byType)
          .filter(([, n]) => n > 0)
          .map(([type, n]) => `${t.types[type as keyof typeof t.types]}: ${n}`)
          .join('\n'),
      },
    })),
  });
  return ids;
}

/** What the map was last told, so that a step changes only what differs. */
interface DrawnState {
  /** The towns source's feature ids of each window of years ("from-to"). */
  windows: Map<string, number[]>;
  /** The ids whose marks are shown. */
  shown: number[];
  /** admin1 → its feature-state, as a key. */
  regions: Map<string, string>;
}

function applyMapView(map: MapLibreMap, m: MapView, sel: Selection, regionIds: string[], drawn: DrawnState) {
  for (const id of regionIds) {
    const state = { class: choroplethClass(m.regionTotals.get(id) ?? 0, m.maxRegion), regionOnly: m.regionOnly.get(id) ?? 0 };
    const key = `${state.class}|${state.regionOnly}`;
    if (drawn.regions.get(id) === key) continue;
    drawn.regions.set(id, key);
    map.setFeatureState({ source: 'regions', id }, state);
  }
  const next = drawn.windows.get(`${sel.from}-${sel.to}`) ?? [];
  if (next !== drawn.shown) {
    const stays = new Set(next);
    const was = new Set(drawn.shown);
    for (const id of drawn.shown) if (!stays.has(id)) map.setFeatureState({ source: 'towns', id }, { shown: false });
    for (const id of next) if (!was.has(id)) map.setFeatureState({ source: 'towns', id }, { shown: true });
    drawn.shown = next;
  }
  map.setGlobalStateProperty('mode', sel.mapMode);
  map.setGlobalStateProperty('selectedRegion', sel.place?.kind === 'region' ? sel.place.id : '');
  map.setGlobalStateProperty('selectedTown', sel.place?.kind === 'town' ? sel.place.id : '');
}

function focusIncident(map: MapLibreMap, incident: { lon: number | null; lat: number | null } | null) {
  const source = map.getSource<GeoJSONSource>('focus');
  if (!source) return;
  const point = incident && incident.lon !== null && incident.lat !== null ? [incident.lon, incident.lat] : null;
  source.setData({
    type: 'FeatureCollection',
    features: point ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: point } }] : [],
  });
  if (point) {
    const [lon, lat] = point as [number, number];
    if (!map.getBounds().contains([lon, lat])) map.easeTo({ center: [lon, lat], duration: 400 });
  }
}
