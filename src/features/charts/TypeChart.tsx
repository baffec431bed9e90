import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { formatYears } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppStore, useView } from '../../store/AppContext.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { describeByType } from './describeCharts.ts';

export function TypeChart({ height = 220 }: { height?: number }) {
  const { byType } = useView();
  const years = formatYears(
    useAppStore((s) => s.selection.from),
    useAppStore((s) => s.selection.to),
  );
  const data = byType.map((r) => ({ ...r, label: t.types[r.type] }));
  return (
    <ChartFrame
      title={`${t.charts.byType}, ${years}`}
      description={describeByType(byType, years)}
      table={{ columns: [t.charts.type, t.charts.count], rows: data.map((r) => [r.label, r.count]) }}
    >
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={data}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
      >
        <XAxis type="number" allowDecimals={false} fontSize={11} />
        <YAxis type="category" dataKey="label" width={150} fontSize={11} tickLine={false} />
        <Tooltip isAnimationActive={false} cursor={{ fillOpacity: 0.15 }} />
        <Bar dataKey="count" name={t.charts.count} isAnimationActive={false}>
          {data.map((r) => (
            <Cell key={r.type} fill={TYPE_COLORS[r.type]} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
