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

/** The class of the <svg> every chart body draws: how the image export finds the drawing. */
export const CHART_SVG_CLASS = 'chart-svg';

export const CHART_IDS = ['perYear', 'byType', 'topTowns'] as const;
export type ChartId = (typeof CHART_IDS)[number];
