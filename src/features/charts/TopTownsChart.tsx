import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatYears } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { useAppActions, useAppStore, useView } from '../../store/AppContext.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { describeTopTowns } from './describeCharts.ts';

export function TopTownsChart({ height = 220, interactive = true }: { height?: number; interactive?: boolean }) {
  const { topTowns } = useView();
  const years = formatYears(
    useAppStore((s) => s.selection.from),
    useAppStore((s) => s.selection.to),
  );
  const actions = useAppActions();
  // Recharts copies an `id` field onto the SVG paths; town ids must not become DOM ids.
  const rows = topTowns.map((r) => ({ townId: r.id, name: r.name, count: r.count }));
  return (
    <ChartFrame
      title={`${t.charts.topTowns}, ${years}`}
      description={describeTopTowns(topTowns, years)}
      table={{ columns: [t.charts.town, t.charts.count], rows: topTowns.map((r) => [r.name, r.count]) }}
    >
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={rows}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
      >
        <XAxis type="number" allowDecimals={false} fontSize={11} />
        <YAxis type="category" dataKey="name" width={110} fontSize={11} tickLine={false} />
        <Tooltip isAnimationActive={false} cursor={{ fillOpacity: 0.15 }} />
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
    </ChartFrame>
  );
}
