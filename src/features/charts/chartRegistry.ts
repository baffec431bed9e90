import type { ComponentType } from 'react';
import type { ChartBodyProps, ChartId, ChartModel } from './ChartModel.ts';
import { TopTownsBars, useTopTownsChartModel } from './TopTownsChart.tsx';
import { TypeBars, useTypeChartModel } from './TypeChart.tsx';
import { useYearChartModel, YearBars } from './YearChart.tsx';

export interface ChartSpec {
  useModel: () => ChartModel;
  Body: ComponentType<ChartBodyProps>;
  /** Whether the drawing needs a colour key of the types shown. */
  typeKey: boolean;
}

/** Every chart that can leave the explorer, by the id embeds and downloads name it with. */
export const CHARTS: Record<ChartId, ChartSpec> = {
  perYear: { useModel: useYearChartModel, Body: YearBars, typeKey: true },
  byType: { useModel: useTypeChartModel, Body: TypeBars, typeKey: false },
  topTowns: { useModel: useTopTownsChartModel, Body: TopTownsBars, typeKey: false },
};
