import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../lib/strings.ts';
import { useAppStore } from '../../store/AppContext.tsx';
import { DEFAULT_EMBED, type EmbedChart, type EmbedOptions } from '../embed/index.ts';
import { CopyField } from './CopyField.tsx';
import { DataSection, DownloadsSearchNote } from './DataSection.tsx';
import { EmbedSection } from './EmbedSection.tsx';
import { ImageSection } from './ImageSection.tsx';
import './ShareDialog.css';

/**
 * Share the view, embed one of its charts, or download images and data: one dialog for all.
 * What each output counts, and whether it carries the text search, is written in
 * exportLabels.ts; the embed cannot carry the search, the downloads do, and the dialog says so.
 */
export function ShareDialog({ open, initialChart, onClose }: { open: boolean; initialChart: EmbedChart; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [options, setOptions] = useState<EmbedOptions>({ ...DEFAULT_EMBED, chart: initialChart });
  const [resize, setResize] = useState(true);
  const [seenChart, setSeenChart] = useState(initialChart);
  if (initialChart !== seenChart) {
    setSeenChart(initialChart);
    setOptions((o) => ({ ...o, chart: initialChart }));
  }

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby={headingId} onClose={onClose}>
      {open && (
        <>
          <div className="share-head">
            <h2 id={headingId}>{t.share.title}</h2>
            <button type="button" onClick={onClose}>
              {t.share.close}
            </button>
          </div>
          <LinkSection />
          <EmbedSection options={options} setOptions={setOptions} resize={resize} setResize={setResize} />
          <DownloadsSearchNote />
          {options.chart === 'map' ? (
            <p className="share-note">{t.share.mapImagesNote}</p>
          ) : (
            <ImageSection key={options.chart} id={options.chart} />
          )}
          <DataSection />
        </>
      )}
    </dialog>
  );
}

function LinkSection() {
  // Subscribing keeps the link in step with the selection that syncUrl writes to the address.
  useAppStore((s) => s.selection);
  return (
    <section className="share-section">
      <CopyField label={t.share.link} value={window.location.href} />
    </section>
  );
}
