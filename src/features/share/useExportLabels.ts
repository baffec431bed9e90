import { useAppStore, useDataset, useView } from '../../store/AppContext.tsx';
import { exportHeadline, exportSubject, exportSubtitle, type ExportKind, type ExportSubject } from './exportLabels.ts';

/**
 * What an output of the current selection counts, and its headline and subtitle: one answer
 * for images, cards and embeds. `chartName` leads the subtitle ("Incidents per year, by type").
 */
export function useExportLabels(
  kind: ExportKind,
  chartName: string,
): { subject: ExportSubject; headline: string; subtitle: string } {
  const data = useDataset();
  const view = useView();
  const selection = useAppStore((s) => s.selection);
  const subject = exportSubject(kind, view, selection, data);
  return {
    subject,
    headline: exportHeadline(subject),
    subtitle: [chartName, exportSubtitle(subject)].filter(Boolean).join(' · '),
  };
}
