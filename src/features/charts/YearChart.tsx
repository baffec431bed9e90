import { memo, type CSSProperties, type ReactNode } from 'react';
import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { YearRow } from '../../data/deriveView.ts';
import { INCIDENT_TYPES, type IncidentType } from '../../data/vocabulary.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppActions, useAppStore, useDataset, useView } from '../../store/AppContext.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { chartSize, TOOLTIP_CURSOR, type ChartBodyProps, type ChartModel } from './ChartModel.ts';
import { describePerYear } from './describeCharts.ts';
import { useSelectionSummary } from './useSelectionSummary.ts';
import { TypeLegend } from './TypeLegend.tsx';

const MARGIN = { top: 8, right: 8, bottom: 0, left: -16 };

export function useYearChartModel(): ChartModel {
  const { perYear } = useView();
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const types = useAppStore((s) => s.selection.types);
  const shown = INCIDENT_TYPES.filter((type) => types.includes(type));
  return {
    title: t.charts.perYear,
    subtitle: useSelectionSummary({ highlightYears: true }),
    description: describePerYear(perYear, from, to, useDataset()),
    table: {
      columns: [t.charts.year, ...shown.map((type) => t.types[type]), t.charts.total],
      rows: perYear.map((r) => [r.year, ...shown.map((type) => r[type]), r.total]),
    },
  };
}

/** Incidents per year stacked by type; the selected years stand out, a click selects a year. */
export function YearBars(props: ChartBodyProps) {
  const { perYear } = useView();
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const types = useAppStore((s) => s.selection.types);
  return <StackedYears {...props} perYear={perYear} types={types} highlight={{ from, to }} />;
}

/**
 * The explorer's chart: the selected years stand out through CSS variables on a wrapper, so a
 * timeline step re-renders the wrapper alone and recharts keeps its drawing (it would
 * otherwise redraw every bar to change their opacity). Exports and embeds use YearBars, which
 * writes the opacity into each bar.
 */
function LiveYearBars(props: ChartBodyProps) {
  const { perYear } = useView();
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const types = useAppStore((s) => s.selection.types);
  const years = { '--from': from, '--to': to } as CSSProperties;
  return (
    <div className="year-bars" style={years}>
      <StackedYears {...props} perYear={perYear} types={types} highlight="css" />
    </div>
  );
}

interface StackedYearsProps extends ChartBodyProps {
  perYear: YearRow[];
  types: readonly IncidentType[];
  /** The years that stand out, or "css" for the --from/--to variables of a .year-bars wrapper. */
  highlight: { from: number; to: number } | 'css';
}

const StackedYears = memo(function StackedYears({ perYear, types, highlight, ...props }: StackedYearsProps) {
  const actions = useAppActions();
  const shown = INCIDENT_TYPES.filter((type) => types.includes(type));
  const interactive = props.interactive ?? false;
  const cellProps = (year: number) =>
    highlight === 'css'
      ? { className: 'year-bar', style: { '--year': year } as CSSProperties }
      : { fillOpacity: year >= highlight.from && year <= highlight.to ? 1 : 0.3 };

  return (
    <BarChart {...chartSize(props)} data={perYear} margin={MARGIN} accessibilityLayer={false}>
      <XAxis dataKey="year" tickLine={false} interval="preserveStartEnd" fontSize={11} />
      <YAxis allowDecimals={false} fontSize={11} width={40} />
      {interactive && <Tooltip isAnimationActive={false} cursor={TOOLTIP_CURSOR} />}
      {shown.map((type) => (
        <Bar
          key={type}
          dataKey={type}
          name={t.types[type]}
          stackId="year"
          fill={TYPE_COLORS[type]}
          isAnimationActive={false}
          cursor={interactive ? 'pointer' : undefined}
          onClick={interactive ? (d) => selectYear(d.payload) : undefined}
        >
          {perYear.map((r) => (
            <Cell key={r.year} {...cellProps(r.year)} />
          ))}
        </Bar>
      ))}
    </BarChart>
  );

  function selectYear(payload: unknown) {
    const year = (payload as { year?: unknown } | undefined)?.year;
    if (typeof year === 'number') actions.setYears(year, year);
  }
});

export function YearChart({ height = 220, actions }: { height?: number; actions?: ReactNode }) {
  const model = useYearChartModel();
  return (
    <ChartFrame {...model} controls={<TypeLegend />} actions={actions}>
      <LiveYearBars height={height} interactive />
    </ChartFrame>
  );
}
