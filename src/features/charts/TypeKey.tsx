import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppStore } from '../../store/AppContext.tsx';

/** The colour key of a stacked chart outside the explorer: the types shown, not clickable. */
export function TypeKey() {
  const types = useAppStore((s) => s.selection.types);
  return (
    <ul className="type-key" aria-label={t.filters.types}>
      {INCIDENT_TYPES.filter((type) => types.includes(type)).map((type) => (
        <li key={type}>
          <span className="swatch" style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
          {t.types[type]}
        </li>
      ))}
    </ul>
  );
}
