/**
 * The map: created once (useMapLibre), then fed by the store through subscribe (bindMap),
 * with no React render per timeline step. Hover and click live in mapPointer.ts; the
 * component draws only the map's box, the tooltip and the message shown without WebGL.
 */
import { useEffect, useRef, useState } from 'react';
import { t } from '../../lib/strings.ts';
import { useAppStoreApi, useDataset, type AppContextValue } from '../../store/AppContext.tsx';
import { bindMap } from './bindMap.ts';
import { attachPointer, type Hover } from './mapPointer.ts';
import { useMapLibre } from './useMapLibre.ts';
import { labelFields, withTextFields } from './localizeStyle.ts';
import { regionName } from '../../lib/places.ts';

export { KZ_BOUNDS } from './mapStyle.ts';

const isDeepStrictEqualJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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
  // The labels go in the style the map is made with: set after its first draw, they would be laid out twice.
  const { map, failed } = useMapLibre(container, (style) => withTextFields(style, labelFields(data, t.map.basemapNames)));
  const [hover, setHover] = useState<Hover | null>(null);

  useEffect(() => {
    if (!map) return;
    const pointer = attachPointer(map, store, view, setHover, (code) => regionName(code, data));
    // Town labels in the dataset's language, as the place picker names the towns.
    // A dataset other than the one the map was made with (MapLibre skips an equal value).
    for (const [layer, field] of Object.entries(labelFields(data, t.map.basemapNames))) {
      if (!isDeepStrictEqualJson(map.getLayoutProperty(layer, 'text-field'), field))
        map.setLayoutProperty(layer, 'text-field', field);
    }
    const unbind = bindMap(map, { store, data, view, onApplied: pointer.refresh });
    return () => {
      unbind();
      pointer.detach();
    };
  }, [map, store, view, data]);

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
