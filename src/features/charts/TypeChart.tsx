/** The explorer's chart by type in its frame (title, controls, table); embeds and downloads draw TypeBars.tsx alone. */
import type { ReactNode } from 'react';
import { ChartFrame } from './ChartFrame.tsx';
import { TypeBars, useTypeChartModel } from './TypeBars.tsx';

export function TypeChart({ height = 220, actions }: { height?: number; actions?: ReactNode }) {
  const model = useTypeChartModel();
  return (
    <ChartFrame {...model} actions={actions}>
      <TypeBars height={height} interactive />
    </ChartFrame>
  );
}
