/**
 * The parts of Mediabunny the video uses, imported by name so the bundler leaves the rest
 * out (a dynamic import of the whole package keeps all of it: 174 KB gzip against 53 KB).
 */
export {
  BufferTarget,
  CanvasSource,
  getFirstEncodableVideoCodec,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
} from 'mediabunny';
