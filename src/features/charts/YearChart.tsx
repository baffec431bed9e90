/** The explorer's per-year chart in its frame (title, controls, table); embeds and downloads draw YearBars.tsx alone. */
import { useState, type ReactNode } from 'react';
import { ChartFrame } from './ChartFrame.tsx';
import { ContextList } from './ContextList.tsx';
import { LiveYearChart } from './LiveYearChart.tsx';
import { TypeLegend } from './TypeLegend.tsx';
import { useYearChartModel } from './YearBars.tsx';

export function YearChart({ height = 240, actions }: { height?: number; actions?: ReactNode }) {
  const model = useYearChartModel();
  const [active, setActive] = useState<string | null>(null);
  return (
    <ChartFrame
      {...model}
      controls={<TypeLegend />}
      actions={actions}
      interactiveBody
      footer={<ContextList active={active} onActive={setActive} />}
    >
      <LiveYearChart height={height} activeMark={active} onMark={setActive} />
    </ChartFrame>
  );
}
