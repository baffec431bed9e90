/**
 * The embed's public face: the embed URL codec (what the share dialog writes and the embed
 * page reads) and the resize protocol between an embed and the page that frames it.
 */
export {
  DEFAULT_EMBED,
  EMBED_CHARTS,
  THEMES,
  embedSelection,
  encodeEmbedQuery,
  explorerQuery,
  parseEmbedOptions,
  parseEmbedSelection,
  type EmbedChart,
  type EmbedOptions,
  type Theme,
} from './embedParams.ts';
export { EMBED_KEY, HEIGHT_KEY, RESIZE_LISTENER, postHeight } from './postHeight.ts';
