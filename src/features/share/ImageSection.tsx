import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { CHART_SVG_CLASS, CHARTS, type ChartId } from '../charts/index.ts';
import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { exportStrings as s, t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppStore, useDataset } from '../../store/AppContext.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { CopyField } from './CopyField.tsx';
import { downloadBlob } from './download.ts';
import { useShareLink } from './useShareLink.ts';
import { coverageNote, exportAltText, exportCredit, exportFileName } from './exportFiles.ts';
import { chartRoom, composeSvg, svgText, svgToPng, type ImageSpec } from './exportImage.ts';
import { useExportLabels } from './useExportLabels.ts';

const EXPORT_WIDTH = 960;
/** Social media cards: the 16:9 link card, the square post and the vertical story. */
const CARD_SIZES = {
  landscape: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
  vertical: { width: 1080, height: 1920 },
} as const;
type CardSize = keyof typeof CARD_SIZES;
const CARD_SIZE_NAMES = Object.keys(CARD_SIZES) as CardSize[];
const FORMATS = ['png', 'card'] as const;
type Format = (typeof FORMATS)[number];
const TITLE_MAX = 140;
const NOTE_MAX = 160;

/**
 * Images of one chart, drawn at a fixed size off screen so every device makes the same file,
 * with a preview of the very file a download gives. The title is written from the data and
 * the advocate may rewrite it and add a line of note; both go into the image and its alt text.
 */
export function ImageSection({ id }: { id: ChartId }) {
  const spec = CHARTS[id];
  const model = spec.useModel();
  const data = useDataset();
  const selection = useAppStore((st) => st.selection);
  const link = useShareLink();
  const labels = useExportLabels(id, model.title);
  const { subject } = labels;
  const [ownTitle, setOwnTitle] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [format, setFormat] = useState<Format>('card');
  const [cardSize, setCardSize] = useState<CardSize>('landscape');
  const CARD = CARD_SIZES[cardSize];
  const titleId = useId();
  const noteId = useId();
  const stage = useRef<HTMLDivElement>(null);
  const cardStage = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ url: string; key: string } | null>(null);

  const title = ownTitle?.trim() || labels.headline;
  const coverage = coverageNote(data, subject);
  const alt = exportAltText({ title, description: model.description, coverage, note });
  const keys = spec.typeKey
    ? INCIDENT_TYPES.filter((type) => selection.types.includes(type)).map((type) => ({
        label: t.types[type],
        color: TYPE_COLORS[type],
      }))
    : [];
  const text: Omit<ImageSpec, 'chart' | 'width'> = {
    title,
    subtitle: labels.subtitle,
    note: note.trim(),
    coverage,
    keys,
    description: alt,
    credit: exportCredit(data, subject),
    link,
  };

  // The card's chart is drawn to the room its text leaves; what a chart draws beyond its
  // body's height (context marks, a coverage key) is measured once drawn and taken off.
  const room = chartRoom({ ...text, width: CARD.width, height: CARD.height, big: true });
  const [overhead, setOverhead] = useState(0);
  // A tall card's chart is at most a little taller than wide, and sits in the middle of the room rather than stretching.
  const cardBody = Math.max(120, Math.round(Math.min(room - overhead, CARD.width * 1.2)));
  useLayoutEffect(() => {
    const drawn = Number(cardStage.current?.querySelector(`svg.${CHART_SVG_CLASS}`)?.getAttribute('height'));
    if (!drawn) return;
    const extra = Math.max(0, Math.round(drawn - cardBody));
    if (Math.abs(extra - overhead) > 1) setOverhead(extra);
  }, [cardBody, overhead]);

  const compose = (what: Format) => {
    const chart = (what === 'card' ? cardStage : stage).current?.querySelector(`svg.${CHART_SVG_CLASS}`);
    if (!(chart instanceof SVGSVGElement)) throw new Error('the chart is not drawn yet');
    return composeSvg(
      what === 'card'
        ? { ...text, chart, width: CARD.width, height: CARD.height, big: true }
        : { ...text, chart, width: EXPORT_WIDTH },
    );
  };
  const composeRef = useRef(compose);
  useEffect(() => {
    composeRef.current = compose;
  });

  // The preview is the file itself, redrawn a moment after the last keystroke.
  const previewKey = JSON.stringify([format, text, cardSize]);
  useEffect(() => {
    let cancelled = false;
    let tries = 0;
    let timer = 0;
    const draw = async () => {
      try {
        const svg = await composeRef.current(format);
        if (cancelled) return;
        // A data: URL rather than a blob: one, so the page's policy lets a test read the very image shown.
        setPreview({ url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`, key: previewKey });
      } catch {
        // The off-screen chart draws in the next frames; try again shortly.
        if (!cancelled && tries++ < 20) timer = window.setTimeout(() => void draw(), 100);
      }
    };
    timer = window.setTimeout(() => void draw(), 150);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [previewKey, format]);

  const make = async (what: 'png' | 'svg' | 'card') => {
    setError(null);
    try {
      const svg = await compose(what === 'card' ? 'card' : 'png');
      if (what === 'svg') downloadBlob(new Blob([svgText(svg)], { type: 'image/svg+xml' }), exportFileName(subject, 'svg'));
      else if (what === 'card') {
        const name = exportFileName(subject, 'png', 'card');
        downloadBlob(
          await svgToPng(svg, 1),
          cardSize === 'landscape' ? name : name.replace(/\.png$/, `-${CARD.width}x${CARD.height}.png`),
        );
      } else downloadBlob(await svgToPng(svg, 2), exportFileName(subject, 'png'));
    } catch (err) {
      setError(t.share.failed(err instanceof Error ? err.message : String(err)));
    }
  };

  return (
    <section className="share-section share-images">
      <h3>
        {t.share.downloads}: {model.title}
      </h3>
      <div className="share-text-fields">
        <label htmlFor={titleId}>{s.titleField}</label>
        <div>
          <textarea
            id={titleId}
            value={ownTitle ?? title}
            maxLength={TITLE_MAX}
            rows={2}
            onChange={(e) => setOwnTitle(e.target.value)}
            dir="auto"
          />
          {ownTitle !== null && (
            <button type="button" onClick={() => setOwnTitle(null)}>
              {s.resetTitle}
            </button>
          )}
        </div>
        <label htmlFor={noteId}>{s.noteField}</label>
        <div>
          <input id={noteId} value={note} maxLength={NOTE_MAX} onChange={(e) => setNote(e.target.value)} dir="auto" />
        </div>
      </div>
      <div className="share-buttons">
        <button type="button" onClick={() => void make('png')}>
          {t.share.png}
        </button>
        <button type="button" onClick={() => void make('svg')}>
          {t.share.svg}
        </button>
        <button type="button" onClick={() => void make('card')}>
          {t.share.card}
        </button>
      </div>
      <ChoiceGroup
        legend={t.media.cardSize}
        name={`share-card-size-${id}`}
        value={cardSize}
        values={CARD_SIZE_NAMES}
        labels={t.media.cardSizes}
        onChange={setCardSize}
      />
      {error && <p role="alert">{error}</p>}
      <CopyField label={t.share.altText} value={alt} multiline />
      <ChoiceGroup
        legend={s.previewOf}
        name={`share-preview-${id}`}
        value={format}
        values={FORMATS}
        labels={s.previews}
        onChange={setFormat}
      />
      <div className="share-image-preview" aria-busy={preview?.key !== previewKey}>
        {preview ? <img src={preview.url} alt={alt} /> : <p className="share-note">{s.previewLoading}</p>}
      </div>
      <div className="share-stage" aria-hidden="true">
        <div ref={stage}>
          <spec.Body width={EXPORT_WIDTH - 48} height={spec.sizes.image} />
        </div>
        <div ref={cardStage}>
          <spec.Body width={CARD.width - 48} height={cardBody} />
        </div>
      </div>
    </section>
  );
}
