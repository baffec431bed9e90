import type { CSSProperties } from 'react';

export interface TableData {
  columns: string[];
  rows: (string | number)[][];
}

/** What a chart says, apart from its drawing: the same for the explorer, embeds and downloads. */
export interface ChartModel {
  title: string;
  /** What the selection narrows the chart to (place, types, years); empty when nothing is. */
  subtitle: string;
  /** A sentence written from the data: the chart's description, an image's alt text. */
  description: string;
  table: TableData;
}

/** How a chart's drawing is sized: to its container (`width` omitted), or fixed for an export. */
export interface ChartBodyProps {
  height: number;
  width?: number;
  interactive?: boolean;
}

export const CHART_IDS = ['perYear', 'byType', 'topTowns'] as const;
export type ChartId = (typeof CHART_IDS)[number];

const sizedToContainer = new Map<number, { responsive: true; style: CSSProperties }>();

/** The size props of a chart: the same object for the same size, as recharts re-renders on a new one. */
export function chartSize({ height, width }: ChartBodyProps): {
  responsive?: boolean;
  style?: CSSProperties;
  width?: number;
  height?: number;
} {
  if (width !== undefined) return { width, height };
  let size = sizedToContainer.get(height);
  if (!size) sizedToContainer.set(height, (size = { responsive: true, style: { width: '100%', height } }));
  return size;
}

/** Props shared by the charts, defined once so that recharts sees the same objects on every render. */
export const TOOLTIP_CURSOR = { fillOpacity: 0.15 };
