/** The explorer's top-towns chart in its frame (title, controls, table); embeds and downloads draw TopTownsBars.tsx alone. */
import type { ReactNode } from 'react';
import { ChartFrame } from './ChartFrame.tsx';
import { TopTownsBars, useTopTownsChartModel } from './TopTownsBars.tsx';

export function TopTownsChart({ height = 220, actions }: { height?: number; actions?: ReactNode }) {
  const model = useTopTownsChartModel();
  return (
    <ChartFrame {...model} actions={actions}>
      <TopTownsBars height={height} interactive />
    </ChartFrame>
  );
}
