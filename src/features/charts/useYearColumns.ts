import { useMemo } from 'react';
import { useAppStore, useDataset, useView } from '../../store/AppContext.tsx';
import type { YearColumnsProps } from './YearColumns.tsx';
import { layoutMarks } from './yearScale.ts';

/** What every drawing of the per-year chart draws at a size: the columns of the selection and, unless hidden, the context marks. */
export function useYearColumns(width: number, height: number) {
  const { perYear } = useView();
  const data = useDataset();
  const bounds = data.years;
  const types = useAppStore((s) => s.selection.types);
  const show = useAppStore((s) => s.selection.context);
  const marks = useMemo(() => (show && width > 0 ? layoutMarks(data.context, bounds, width) : []), [show, width, data, bounds]);
  return { perYear, types, years: bounds, coverage: data.coverage, marks, width, height } satisfies Partial<YearColumnsProps>;
}
