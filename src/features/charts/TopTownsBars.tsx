/**
 * The chart of the towns with the most incidents as embeds and downloads draw it (its model and its bars). A module apart from
 * the explorer's framed TopTownsChart (TopTownsChart.tsx), so that an embed loads none of the frame's code.
 */
import { formatYears } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { useAppActions, useAppStore, useDataset, useView } from '../../store/AppContext.tsx';
import type { ChartBodyProps, ChartModel } from './ChartModel.ts';
import { RankedBars } from './RankedBars.tsx';
import { describeTopTowns } from './describeCharts.ts';
import { useSelectionSummary } from './useSelectionSummary.ts';
import { isolate } from '../../lib/isolate.tsx';

const TOWN_COLOR = '#4477AA';

export function useTopTownsChartModel(): ChartModel {
  const { topTowns } = useView();
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  return {
    title: `${t.charts.topTowns}, ${formatYears(from, to)}`,
    subtitle: useSelectionSummary({ highlightYears: false }),
    description: describeTopTowns(topTowns, useDataset(), from, to),
    table: { columns: [t.charts.town, t.charts.count], rows: topTowns.map((r) => [r.name, r.count]) },
  };
}

/** The towns with the most incidents; in the explorer a click on a town selects it. */
export function TopTownsBars(props: ChartBodyProps) {
  const { topTowns } = useView();
  const actions = useAppActions();
  const rows = topTowns.map((r) => ({
    key: r.id,
    label: r.name,
    value: r.count,
    color: TOWN_COLOR,
    title: `${isolate(r.name)}: ${r.count}`,
  }));
  return (
    <RankedBars
      rows={rows}
      height={props.height}
      width={props.width}
      labelWidth={110}
      onSelect={props.interactive ? (id) => actions.setPlace({ kind: 'town', id }) : undefined}
    />
  );
}
