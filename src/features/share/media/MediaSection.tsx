import { useContext, useRef, useState } from 'react';
import { t } from '../../../lib/strings.ts';
import { AppContext, useAppStore } from '../../../store/AppContext.tsx';
import { ChoiceGroup } from '../ChoiceGroup.tsx';
import { downloadBlob } from '../download.ts';
import { VIDEO_SIZES, type VideoSize } from './videoLayout.ts';
import { HOLD_SECONDS, SECONDS_PER_YEAR } from './videoTiming.ts';
import './MediaSection.css';

const SIZES = Object.keys(VIDEO_SIZES) as VideoSize[];

type Job = 'png' | 'print' | 'video' | 'gif';

/**
 * The map as an image and the selection's years as a video, made on this device. The
 * drawing and the encoders load only when a button is pressed (renderMedia.ts).
 */
export function MediaSection() {
  const app = useContext(AppContext);
  const selection = useAppStore((s) => s.selection);
  const [size, setSize] = useState<VideoSize>('landscape');
  const [busy, setBusy] = useState<{ job: Job; progress: number } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  if (!app) return null;

  const run = async (job: Job) => {
    setError(null);
    setStatus(null);
    const controller = new AbortController();
    abort.current = controller;
    setBusy({ job, progress: 0 });
    const started = performance.now();
    try {
      const render = await import('./renderMedia.ts');
      const input = { data: app.data, view: app.view, selection, link: window.location.href };
      const progress = { signal: controller.signal, onProgress: (p: number) => setBusy({ job, progress: p }) };
      const file =
        job === 'png' || job === 'print'
          ? await render.makeMapPng(input, job === 'png' ? 'screen' : 'print')
          : await (job === 'video' ? render.makeVideo : render.makeGif)(input, size, progress);
      downloadBlob(file.blob, file.name);
      const seconds = (performance.now() - started) / 1000;
      setStatus(t.media.done(file.name, file.blob.size, seconds));
    } catch (err) {
      if (controller.signal.aborted) setStatus(t.media.cancelled);
      else setError(t.media.failed(err instanceof Error ? err.message : String(err)));
    } finally {
      abort.current = null;
      setBusy(null);
    }
  };

  const years = selection.to - selection.from + 1;
  return (
    <section className="share-section share-media" aria-labelledby="share-media-heading">
      <h3 id="share-media-heading">{t.media.heading}</h3>
      <div className="share-buttons">
        <button type="button" disabled={!!busy} onClick={() => void run('png')}>
          {t.media.mapPng}
        </button>
        <button type="button" disabled={!!busy} onClick={() => void run('print')}>
          {t.media.mapPrint}
        </button>
      </div>
      <ChoiceGroup
        legend={t.media.size}
        name="share-video-size"
        value={size}
        values={SIZES}
        labels={t.media.sizes}
        onChange={setSize}
      />
      <p className="share-note">
        {t.media.secondsPerYear(SECONDS_PER_YEAR, HOLD_SECONDS, years)} {t.media.local}
      </p>
      <div className="share-buttons">
        <button type="button" disabled={!!busy} onClick={() => void run('video')}>
          {t.media.makeVideo}
        </button>
        <button type="button" disabled={!!busy} onClick={() => void run('gif')}>
          {t.media.makeGif}
        </button>
      </div>
      {busy && (
        <div className="media-progress" role="status">
          <label>
            {t.media.making(busy.job === 'gif' ? 'GIF' : busy.job === 'video' ? t.media.video.toLowerCase() : 'PNG')}
            <progress max={1} value={busy.progress} aria-label={t.media.progress} />
          </label>
          <button type="button" onClick={() => abort.current?.abort()}>
            {t.media.cancel}
          </button>
        </div>
      )}
      {status && (
        <p className="share-note media-status" role="status">
          {status}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
