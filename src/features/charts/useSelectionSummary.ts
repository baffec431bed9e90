import { useAppStore, useDataset } from '../../store/AppContext.tsx';
import { describeSelection } from './describeCharts.ts';

/** The selection in words, for a chart's subtitle; recomputed only when the selection changes. */
export function useSelectionSummary(options: { highlightYears: boolean }): string {
  const selection = useAppStore((s) => s.selection);
  return describeSelection(selection, useDataset(), options);
}
