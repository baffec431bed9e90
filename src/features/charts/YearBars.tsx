/**
 * The per-year chart as embeds and downloads draw it (its model and its columns). A module apart from
 * the explorer's framed YearChart (YearChart.tsx), so that an embed loads none of the frame's code.
 */
import { useRef } from 'react';
import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { t } from '../../lib/strings.ts';
import { useAppStore, useDataset, useView } from '../../store/AppContext.tsx';
import type { ChartBodyProps, ChartModel } from './ChartModel.ts';
import { describePerYear } from './describeCharts.ts';
import { describeYearCoverage } from './describeCoverage.ts';
import { useSelectionSummary } from './useSelectionSummary.ts';
import { useWidth } from './useWidth.ts';
import { YearColumns } from './YearColumns.tsx';
import { useYearColumns } from './useYearColumns.ts';
import './YearChart.css';

export function useYearChartModel(): ChartModel {
  const { perYear } = useView();
  const data = useDataset();
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const types = useAppStore((s) => s.selection.types);
  const shown = INCIDENT_TYPES.filter((type) => types.includes(type));
  return {
    title: t.charts.perYear,
    subtitle: useSelectionSummary({ highlightYears: true }),
    description: describePerYear(perYear, from, to, data),
    table: {
      columns: [t.charts.year, ...shown.map((type) => t.types[type]), t.charts.total, t.coverage.column],
      rows: perYear.map((r) => [
        r.year,
        ...shown.map((type) => r[type]),
        r.total,
        describeYearCoverage(data, r.year).replace(/^\d{4}: /, ''),
      ]),
    },
  };
}

/** The per-year chart of embeds and downloads: the selected years stand out, the rest fade. */
export function YearBars(props: ChartBodyProps) {
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const box = useRef<HTMLDivElement>(null);
  const measured = useWidth(box, props.width === undefined);
  const columns = useYearColumns(props.width ?? measured, props.height);
  return (
    <div ref={box} style={{ minHeight: props.height }}>
      {columns.width > 0 && <YearColumns {...columns} fit highlight={{ from, to }} />}
    </div>
  );
}
