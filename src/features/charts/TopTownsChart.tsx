import type { ReactNode } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatYears } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { useAppActions, useAppStore, useView } from '../../store/AppContext.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { chartSize, type ChartBodyProps, type ChartModel } from './ChartModel.ts';
import { describeTopTowns } from './describeCharts.ts';
import { useSelectionSummary } from './useSelectionSummary.ts';

export function useTopTownsChartModel(): ChartModel {
  const { topTowns } = useView();
  const years = formatYears(
    useAppStore((s) => s.selection.from),
    useAppStore((s) => s.selection.to),
  );
  return {
    title: `${t.charts.topTowns}, ${years}`,
    subtitle: useSelectionSummary({ highlightYears: false }),
    description: describeTopTowns(topTowns, years),
    table: { columns: [t.charts.town, t.charts.count], rows: topTowns.map((r) => [r.name, r.count]) },
  };
}

export function TopTownsBars(props: ChartBodyProps) {
  const { topTowns } = useView();
  const actions = useAppActions();
  const interactive = props.interactive ?? false;
  // Recharts copies an `id` field onto the SVG paths; town ids must not become DOM ids.
  const rows = topTowns.map((r) => ({ townId: r.id, name: r.name, count: r.count }));
  return (
    <BarChart
      {...chartSize(props)}
      data={rows}
      layout="vertical"
      accessibilityLayer={false}
      margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
    >
      <XAxis type="number" allowDecimals={false} fontSize={11} />
      <YAxis type="category" dataKey="name" width={110} fontSize={11} tickLine={false} interval={0} />
      {interactive && <Tooltip isAnimationActive={false} cursor={{ fillOpacity: 0.15 }} />}
      <Bar
        dataKey="count"
        name={t.charts.count}
        fill="#4477AA"
        isAnimationActive={false}
        cursor={interactive ? 'pointer' : undefined}
        onClick={
          interactive
            ? (d) => {
                const id = (d.payload as { townId?: unknown } | undefined)?.townId;
                if (typeof id === 'string') actions.setPlace({ kind: 'town', id });
              }
            : undefined
        }
      />
    </BarChart>
  );
}

export function TopTownsChart({ height = 220, actions }: { height?: number; actions?: ReactNode }) {
  const model = useTopTownsChartModel();
  return (
    <ChartFrame {...model} actions={actions}>
      <TopTownsBars height={height} interactive />
    </ChartFrame>
  );
}
