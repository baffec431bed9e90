/**
 * The charts' public face: the registry of charts that can leave the explorer (embeds,
 * images), their models, and the text alternatives other features reuse.
 */
export { CHARTS, type ChartSpec } from './chartRegistry.ts';
export { CHART_IDS, type ChartBodyProps, type ChartId, type ChartModel, type TableData } from './ChartModel.ts';
export { plural } from './describeCharts.ts';
export { describeEmpty, describeEmptyCoverage, describeRangeCoverage, describeYearCoverage } from './describeCoverage.ts';
export { TypeKey } from './TypeKey.tsx';
export { MarkShape } from './YearColumns.tsx';
