import type { ComponentType } from 'react';
import type { ChartBodyProps, ChartId, ChartModel } from './ChartModel.ts';
import { TopTownsBars, useTopTownsChartModel } from './TopTownsBars.tsx';
import { TypeBars, useTypeChartModel } from './TypeBars.tsx';
import { useYearChartModel, YearBars } from './YearBars.tsx';

export interface ChartSpec {
  useModel: () => ChartModel;
  Body: ComponentType<ChartBodyProps>;
  /** Whether the drawing needs a colour key of the types shown. */
  typeKey: boolean;
  /**
   * Heights in px: of the body in an embed and in a downloaded image, and of the iframe that
   * fits the embed (with its title) at a common article width, for pages without the resize script.
   */
  sizes: { embed: number; image: number; frame: number };
}

/** Every chart that can leave the explorer, by the id embeds and downloads name it with. */
export const CHARTS: Record<ChartId, ChartSpec> = {
  perYear: { useModel: useYearChartModel, Body: YearBars, typeKey: true, sizes: { embed: 260, image: 360, frame: 600 } },
  byType: { useModel: useTypeChartModel, Body: TypeBars, typeKey: false, sizes: { embed: 240, image: 320, frame: 440 } },
  topTowns: {
    useModel: useTopTownsChartModel,
    Body: TopTownsBars,
    typeKey: false,
    sizes: { embed: 240, image: 320, frame: 440 },
  },
};
