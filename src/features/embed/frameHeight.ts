import { CHARTS } from '../charts/index.ts';
import type { EmbedOptions } from './embedParams.ts';

/** The map embed's frame: the map, its legend and the credit at a common article width. */
const MAP_FRAME_HEIGHT = 620;
/** What the embed's title and subtitle take, when shown. */
const TITLE_HEIGHT = 50;

/** The iframe height that fits an embed, for pages without the resize script. */
export function frameHeight({ chart, title }: EmbedOptions): number {
  return (chart === 'map' ? MAP_FRAME_HEIGHT : CHARTS[chart].sizes.frame) - (title ? 0 : TITLE_HEIGHT);
}
