import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { choroplethLegend, CHOROPLETH, COLORS } from './mapStyle.ts';
import { RING_COLOR } from './pieImage.ts';

/** The map's key: the types of the pies, or the classes of the regions' shades. */
export function MapLegend({
  mode,
  max,
  placed,
  linked,
}: {
  mode: 'towns' | 'regions';
  max: number;
  /** Incidents drawn as pies (placed in a town) and as rings (linked to one), counted apart. */
  placed: number;
  linked: number;
}) {
  if (mode === 'regions') {
    const steps = choroplethLegend(max).map((s) => ({ c: CHOROPLETH[s.class], from: s.from }));
    return (
      <div className="map-legend" aria-label={t.map.legendRegions}>
        <span>{t.map.legendRegionsPlaced}:</span>
        <span className="legend-item">
          <span className="swatch" style={{ background: COLORS.region, outline: '1px solid #ccc' }} /> 0
        </span>
        {steps.map((s) => (
          <span key={s.c} className="legend-item">
            <span className="swatch" style={{ background: s.c }} /> {s.from}+
          </span>
        ))}
      </div>
    );
  }
  return (
    <div className="map-legend" aria-label={t.map.legendTypes}>
      <span className="legend-item">{t.map.legendPlaced(placed)}</span>
      {INCIDENT_TYPES.map((type) => (
        <span key={type} className="legend-item">
          <span className="swatch" style={{ background: TYPE_COLORS[type] }} /> {t.types[type]}
        </span>
      ))}
      <span className="legend-item">
        <span className="swatch dashed" style={{ borderColor: COLORS.regionOnly }} /> {t.map.legendRegionOnly}
      </span>
      <span className="legend-item linked">
        <span className="swatch ring" style={{ borderColor: RING_COLOR }} /> {t.map.legendLinked(linked)}
      </span>
    </div>
  );
}
