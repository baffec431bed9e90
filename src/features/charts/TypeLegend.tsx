import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppActions, useAppStore } from '../../store/AppContext.tsx';

/**
 * The chart legend doubles as the type filter: click a type to show only it, click it
 * again to show all (the way Mapping Media Freedom's explorer turns a click into a filter).
 */
export function TypeLegend() {
  const types = useAppStore((s) => s.selection.types);
  const actions = useAppActions();
  const all = types.length === INCIDENT_TYPES.length;
  return (
    <ul className="type-legend" aria-label={t.filters.types}>
      {INCIDENT_TYPES.map((type) => {
        const on = types.includes(type);
        return (
          <li key={type}>
            <button
              type="button"
              className={on ? 'on' : 'off'}
              aria-pressed={!all && on}
              onClick={() => actions.onlyType(type)}
              title={t.charts.showOnly(t.types[type])}
            >
              <span className="swatch" style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
              {t.types[type]}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
