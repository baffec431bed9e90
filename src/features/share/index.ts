/** The share feature's public face: the labels every output of a selection carries. */
export { useExportLabels } from './useExportLabels.ts';
