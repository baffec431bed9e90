/**
 * Encodes frames drawn on a canvas into a file on the reader's device. WebCodecs through
 * Mediabunny renders frame by frame, faster than real time and the same everywhere: MP4
 * (H.264) where the browser can encode it, WebM (VP9, else VP8) otherwise. Without
 * WebCodecs, MediaRecorder records the canvas in real time. Nothing leaves the device.
 */

export interface FrameSource {
  width: number;
  height: number;
  /** When each frame starts and how long it lasts, in seconds. */
  times: readonly { time: number; duration: number }[];
  /** The rate the file states. */
  fps: number;
  /** Draws frame `i` on the canvas. */
  draw(ctx: CanvasRenderingContext2D, i: number): void;
}

export interface Encoded {
  blob: Blob;
  ext: 'mp4' | 'webm' | 'gif';
  /** How it was made: 'webcodecs', 'mediarecorder' or 'gif'. */
  how: string;
  codec: string;
}

export interface Progress {
  onProgress(done: number): void;
  signal: AbortSignal;
}

function aborted(signal: AbortSignal) {
  if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
}

function canvasFor(src: FrameSource): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = src.width;
  canvas.height = src.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  return [canvas, ctx];
}

export async function encodeVideo(src: FrameSource, p: Progress): Promise<Encoded> {
  if (typeof VideoEncoder === 'function') return encodeWithWebCodecs(src, p);
  if (typeof MediaRecorder === 'function') return recordInRealTime(src, p);
  throw new Error('no video encoder');
}

async function encodeWithWebCodecs(src: FrameSource, p: Progress): Promise<Encoded> {
  const mb = await import('./mediabunnyParts.ts');
  const size = { width: src.width, height: src.height };
  const avc = await mb.getFirstEncodableVideoCodec(['avc'], size);
  const codec = avc ?? (await mb.getFirstEncodableVideoCodec(['vp9', 'vp8'], size));
  if (!codec) {
    if (typeof MediaRecorder === 'function') return recordInRealTime(src, p);
    throw new Error('this browser cannot encode H.264, VP9 or VP8 video');
  }
  const mp4 = codec === 'avc';
  const target = new mb.BufferTarget();
  const output = new mb.Output({
    format: mp4 ? new mb.Mp4OutputFormat({ fastStart: 'in-memory' }) : new mb.WebMOutputFormat(),
    target,
  });
  const [canvas, ctx] = canvasFor(src);
  // Most frames repeat the one before; a key frame a year keeps seeking quick.
  const source = new mb.CanvasSource(canvas, { codec, quality: mb.QUALITY_HIGH, keyFrameInterval: 1 });
  output.addVideoTrack(source, { frameRate: src.fps });
  await output.start();
  try {
    for (const [i, { time, duration }] of src.times.entries()) {
      aborted(p.signal);
      src.draw(ctx, i);
      await source.add(time, duration);
      p.onProgress((i + 1) / src.times.length);
    }
    await output.finalize();
  } catch (err) {
    await output.cancel().catch(() => undefined);
    throw err;
  }
  if (!target.buffer) throw new Error('the encoder gave nothing');
  return {
    blob: new Blob([target.buffer], { type: mp4 ? 'video/mp4' : 'video/webm' }),
    ext: mp4 ? 'mp4' : 'webm',
    how: 'webcodecs',
    codec,
  };
}

/** The fallback: the canvas recorded as it is drawn, in real time. */
async function recordInRealTime(src: FrameSource, p: Progress): Promise<Encoded> {
  const types = ['video/mp4;codecs=avc1', 'video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];
  const mimeType = types.find((type) => MediaRecorder.isTypeSupported(type));
  if (!mimeType) throw new Error('this browser can record no video format');
  const [canvas, ctx] = canvasFor(src);
  src.draw(ctx, 0);
  const stream = canvas.captureStream(src.fps);
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 6_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  recorder.start(1000);
  const start = performance.now();
  try {
    for (const [i, { time }] of src.times.entries()) {
      aborted(p.signal);
      const wait = start + time * 1000 - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      src.draw(ctx, i);
      p.onProgress((i + 1) / src.times.length);
    }
    const last = src.times.at(-1);
    if (last) await new Promise((r) => setTimeout(r, start + (last.time + last.duration) * 1000 - performance.now()));
  } finally {
    recorder.stop();
    for (const track of stream.getTracks()) track.stop();
    await stopped;
  }
  const mp4 = mimeType.startsWith('video/mp4');
  return {
    blob: new Blob(chunks, { type: mimeType.split(';')[0] }),
    ext: mp4 ? 'mp4' : 'webm',
    how: 'mediarecorder',
    codec: mimeType,
  };
}

/** An animated GIF, one frame per still (gifenc, loaded only when asked for). */
export async function encodeGif(
  src: { width: number; height: number; stills: number; draw(ctx: CanvasRenderingContext2D, i: number): number },
  p: Progress,
): Promise<Encoded> {
  const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
  const [, ctx] = canvasFor({ width: src.width, height: src.height, times: [], fps: 1, draw: () => undefined });
  const gif = GIFEncoder();
  for (let i = 0; i < src.stills; i++) {
    aborted(p.signal);
    const delay = src.draw(ctx, i);
    const { data } = ctx.getImageData(0, 0, src.width, src.height);
    const palette = quantize(data, 256);
    gif.writeFrame(applyPalette(data, palette), src.width, src.height, { palette, delay });
    p.onProgress((i + 1) / src.stills);
    // Let the progress bar and the Cancel button answer between frames.
    await new Promise((r) => setTimeout(r, 0));
  }
  gif.finish();
  return { blob: new Blob([gif.bytes()], { type: 'image/gif' }), ext: 'gif', how: 'gif', codec: 'gif' };
}
