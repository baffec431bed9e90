import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { CHARTS } from '../charts/chartRegistry.ts';
import type { ChartId } from '../charts/ChartModel.ts';
import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { creditFor } from '../../lib/credits.ts';
import { formatYears } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppStore, useDataset, useView } from '../../store/AppContext.tsx';
import {
  DEFAULT_EMBED,
  EMBED_CHARTS,
  encodeEmbedQuery,
  THEMES,
  type EmbedChart,
  type EmbedOptions,
} from '../embed/embedParams.ts';
import { HEIGHT_KEY, RESIZE_LISTENER } from '../embed/postHeight.ts';
import { downloadBlob, fileStem } from './download.ts';
import { incidentsGeoJson, incidentsZip } from './exportData.ts';
import { composeSvg, svgText, svgToPng } from './exportImage.ts';
import './ShareDialog.css';

/** The frame height that fits each embed at a common article width, for pages without the resize script. */
const FRAME_HEIGHT: Record<EmbedChart, number> = { perYear: 500, byType: 440, topTowns: 440, map: 620 };
const EXPORT_WIDTH = 960;
const CARD = { width: 1200, height: 675 };

/** Escapes text for an HTML attribute value in double quotes: the snippet is pasted into someone's page. */
export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet(src: string, title: string, height: number, resize: boolean): string {
  const frame =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
  return resize ? `${frame}\n<script>${RESIZE_LISTENER}</script>` : frame;
}

/** Share the view, embed one of its charts, or download images and data: one dialog for all. */
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

function CopyField({ label, value, multiline }: { label: string; value: string; multiline?: boolean }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      // No clipboard permission: select the text so the reader can copy it by hand.
      (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div>
        {multiline ? (
          <textarea id={id} readOnly value={value} rows={4} onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        )}
        <button type="button" onClick={() => void copy()} aria-live="polite">
          {copied ? t.share.copied : t.share.copy}
        </button>
      </div>
    </div>
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

function EmbedSection(props: {
  options: EmbedOptions;
  setOptions: (f: (o: EmbedOptions) => EmbedOptions) => void;
  resize: boolean;
  setResize: (v: boolean) => void;
}) {
  const { options, setOptions } = props;
  const data = useDataset();
  const selection = useAppStore((s) => s.selection);
  const src = new URL(`embed.html${encodeEmbedQuery(selection, options, data)}`, window.location.href).href;
  const title = `${t.share.charts[options.chart]}, ${formatYears(selection.from, selection.to)} (${t.appTitle})`;
  const height = FRAME_HEIGHT[options.chart] - (options.title ? 0 : 50);
  const preview = useRef<HTMLIFrameElement>(null);

  // The preview resizes the way a reader's page with the script would.
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const frame = preview.current;
      const sent = (e.data as Record<string, unknown> | null)?.[HEIGHT_KEY];
      if (!frame || e.source !== frame.contentWindow || typeof sent !== 'object' || sent === null) return;
      const h = Number(Object.values(sent)[0]);
      if (h > 50 && h < 5000) frame.style.height = `${h}px`;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return (
    <section className="share-section">
      <h3>{t.share.embed}</h3>
      <div className="share-options">
        <Choice
          legend={t.share.chart}
          name="share-chart"
          value={options.chart}
          values={EMBED_CHARTS}
          labels={t.share.charts}
          onChange={(chart) => setOptions((o) => ({ ...o, chart }))}
        />
        <Choice
          legend={t.share.theme}
          name="share-theme"
          value={options.theme}
          values={THEMES}
          labels={t.share.themes}
          onChange={(theme) => setOptions((o) => ({ ...o, theme }))}
        />
        <div className="share-checks">
          <label>
            <input
              type="checkbox"
              checked={options.title}
              onChange={(e) => setOptions((o) => ({ ...o, title: e.target.checked }))}
            />
            {t.share.showTitle}
          </label>
          <label>
            <input type="checkbox" checked={props.resize} onChange={(e) => props.setResize(e.target.checked)} />
            {t.share.resize}
          </label>
        </div>
      </div>
      {selection.q.trim() && <p className="share-note">{t.share.searchNotCarried}</p>}
      <CopyField label={t.share.snippet} value={embedSnippet(src, title, height, props.resize)} multiline />
      <p className="share-label">{t.share.preview}</p>
      <iframe ref={preview} className="share-preview" src={src} title={`${t.share.preview}: ${title}`} style={{ height }} />
    </section>
  );
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  values: readonly T[];
  labels: Record<T, string>;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="share-choice">
      <legend>{props.legend}</legend>
      {props.values.map((v) => (
        <label key={v}>
          <input type="radio" name={props.name} value={v} checked={props.value === v} onChange={() => props.onChange(v)} />
          {props.labels[v]}
        </label>
      ))}
    </fieldset>
  );
}

/** Images of one chart, drawn at a fixed size off screen so every device makes the same file. */
function ImageSection({ id }: { id: ChartId }) {
  const spec = CHARTS[id];
  const model = spec.useModel();
  const data = useDataset();
  const types = useAppStore((s) => s.selection.types);
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const place = useAppStore((s) => s.selection.place);
  const { incidents } = useView();
  const stage = useRef<HTMLDivElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const credit = creditFor(data);
  const keys = spec.typeKey
    ? INCIDENT_TYPES.filter((type) => types.includes(type)).map((type) => ({ label: t.types[type], color: TYPE_COLORS[type] }))
    : [];
  const stem = fileStem([id, formatYears(from, to), place && 'id' in place ? place.id : place?.kind]);
  const link = window.location.href;

  const make = async (what: 'png' | 'svg' | 'card') => {
    setError(null);
    try {
      const chart = (what === 'card' ? card : stage).current?.querySelector('svg.recharts-surface, svg.chart-svg');
      if (!(chart instanceof SVGSVGElement)) throw new Error('the chart is not drawn yet');
      const svg = await composeSvg({
        width: what === 'card' ? CARD.width : EXPORT_WIDTH,
        height: what === 'card' ? CARD.height : undefined,
        headline:
          what === 'card'
            ? t.share.cardHeadline(incidents.length, t.share.cardWhatAll(incidents.length), formatYears(from, to))
            : undefined,
        title: model.title,
        subtitle: model.subtitle,
        keys,
        chart,
        description: model.description,
        credit: [`${credit.data}.`, `${credit.licence}.${credit.updated ? ` ${credit.updated}.` : ''}`],
        link,
      });
      if (what === 'svg') downloadBlob(new Blob([svgText(svg)], { type: 'image/svg+xml' }), `${stem}.svg`);
      else downloadBlob(await svgToPng(svg, what === 'card' ? 1 : 2), `${stem}${what === 'card' ? '-card' : ''}.png`);
    } catch (err) {
      setError(t.share.failed(err instanceof Error ? err.message : String(err)));
    }
  };

  return (
    <section className="share-section">
      <h3>
        {t.share.downloads}: {model.title}
      </h3>
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
      {error && <p role="alert">{error}</p>}
      <CopyField label={t.share.altText} value={model.description} multiline />
      <div className="share-stage" aria-hidden="true">
        <div ref={stage}>
          <spec.Body width={EXPORT_WIDTH - 48} height={id === 'perYear' ? 360 : 320} />
        </div>
        <div ref={card}>
          <spec.Body width={CARD.width - 48} height={keys.length > 5 ? 300 : 320} />
        </div>
      </div>
    </section>
  );
}

function DataSection() {
  const data = useDataset();
  const { incidents } = useView();
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const place = useAppStore((s) => s.selection.place);
  const credit = creditFor(data);
  const ctx = {
    data,
    credit: `${credit.data}. ${credit.licence}.${credit.updated ? ` ${credit.updated}.` : ''}`,
    link: window.location.href,
  };
  const stem = fileStem(['incidents', formatYears(from, to), place && 'id' in place ? place.id : place?.kind]);
  return (
    <section className="share-section">
      <h3>
        {t.share.downloads}: {t.list.heading(incidents.length)}
      </h3>
      <div className="share-buttons">
        <DataButton onClick={async () => downloadBlob(await incidentsZip(incidents, ctx, stem), `${stem}-csv.zip`)}>
          {t.share.csv(incidents.length)}
        </DataButton>
        <DataButton
          onClick={async () =>
            downloadBlob(new Blob([incidentsGeoJson(incidents, ctx)], { type: 'application/geo+json' }), `${stem}.geojson`)
          }
        >
          {t.share.geojson}
        </DataButton>
      </div>
    </section>
  );
}

function DataButton({ onClick, children }: { onClick: () => Promise<void>; children: ReactNode }) {
  return (
    <button type="button" onClick={() => void onClick()}>
      {children}
    </button>
  );
}
