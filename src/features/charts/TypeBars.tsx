/**
 * The chart of incidents by type as embeds and downloads draw it (its model and its bars). A module apart from
 * the explorer's framed TypeChart (TypeChart.tsx), so that an embed loads none of the frame's code.
 */
import { formatYears } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { textWidth } from '../../lib/textWidth.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppStore, useDataset, useView } from '../../store/AppContext.tsx';
import type { ChartBodyProps, ChartModel } from './ChartModel.ts';
import { RankedBars } from './RankedBars.tsx';
import { describeByType } from './describeCharts.ts';
import { useSelectionSummary } from './useSelectionSummary.ts';

export function useTypeChartModel(): ChartModel {
  const { byType } = useView();
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  return {
    title: `${t.charts.byType}, ${formatYears(from, to)}`,
    subtitle: useSelectionSummary({ highlightYears: false }),
    description: describeByType(byType, useDataset(), from, to),
    table: { columns: [t.charts.type, t.charts.count], rows: byType.map((r) => [t.types[r.type], r.count]) },
  };
}

export function TypeBars(props: ChartBodyProps) {
  const { byType } = useView();
  const rows = byType.map((r) => ({
    key: r.type,
    label: t.types[r.type],
    value: r.count,
    color: TYPE_COLORS[r.type],
    title: `${t.types[r.type]}: ${r.count}`,
  }));
  // Room for the longest type name (Russian and Kazakh run a third longer than English), up
  // to 200 px (or half a drawing of known width); beyond that, RankedBars cuts it with "…".
  const longest = Math.max(...rows.map((r) => textWidth(r.label, 11)));
  const labelWidth = Math.max(150, Math.min(Math.ceil(longest) + 12, props.width ? Math.round(props.width / 2) : 200));
  return <RankedBars rows={rows} height={props.height} width={props.width} labelWidth={labelWidth} />;
}
