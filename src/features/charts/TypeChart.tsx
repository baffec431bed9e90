import type { ReactNode } from 'react';
import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { formatYears } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppStore, useView } from '../../store/AppContext.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { chartSize, type ChartBodyProps, type ChartModel } from './ChartModel.ts';
import { describeByType } from './describeCharts.ts';
import { useSelectionSummary } from './useSelectionSummary.ts';

function useYears(): string {
  return formatYears(
    useAppStore((s) => s.selection.from),
    useAppStore((s) => s.selection.to),
  );
}

export function useTypeChartModel(): ChartModel {
  const { byType } = useView();
  const years = useYears();
  return {
    title: `${t.charts.byType}, ${years}`,
    subtitle: useSelectionSummary({ highlightYears: false }),
    description: describeByType(byType, years),
    table: { columns: [t.charts.type, t.charts.count], rows: byType.map((r) => [t.types[r.type], r.count]) },
  };
}

export function TypeBars(props: ChartBodyProps) {
  const { byType } = useView();
  const data = byType.map((r) => ({ ...r, label: t.types[r.type] }));
  return (
    <BarChart
      {...chartSize(props)}
      data={data}
      layout="vertical"
      accessibilityLayer={false}
      margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
    >
      <XAxis type="number" allowDecimals={false} fontSize={11} />
      <YAxis type="category" dataKey="label" width={150} fontSize={11} tickLine={false} />
      {props.interactive && <Tooltip isAnimationActive={false} cursor={{ fillOpacity: 0.15 }} />}
      <Bar dataKey="count" name={t.charts.count} isAnimationActive={false}>
        {data.map((r) => (
          <Cell key={r.type} fill={TYPE_COLORS[r.type]} />
        ))}
      </Bar>
    </BarChart>
  );
}

export function TypeChart({ height = 220, actions }: { height?: number; actions?: ReactNode }) {
  const model = useTypeChartModel();
  return (
    <ChartFrame {...model} actions={actions}>
      <TypeBars height={height} interactive />
    </ChartFrame>
  );
}
