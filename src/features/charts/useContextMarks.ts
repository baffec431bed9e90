import { useMemo } from 'react';
import { useAppStore, useDataset } from '../../store/AppContext.tsx';
import { layoutMarks } from './yearScale.ts';

/** The context marks of the data's years at a width, or none when the reader hid them. */
export function useContextMarks(width: number) {
  const data = useDataset();
  const bounds = useAppStore((s) => s.bounds);
  const show = useAppStore((s) => s.selection.context);
  return useMemo(() => (show && width > 0 ? layoutMarks(data.context, bounds, width) : []), [show, width, data, bounds]);
}
