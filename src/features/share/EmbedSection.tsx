import { useEffect, useMemo, useRef } from 'react';
import { createViewModel } from '../../data/deriveView.ts';
import { formatYears } from '../../lib/formatDate.ts';
import { exportStrings, t } from '../../lib/strings.ts';
import { useAppActions, useAppStore, useDataset } from '../../store/AppContext.tsx';
import {
  EMBED_CHARTS,
  embedSelection,
  encodeEmbedQuery,
  THEMES,
  type EmbedChart,
  type EmbedOptions,
  HEIGHT_KEY,
  RESIZE_LISTENER,
} from '../embed/index.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { isolate } from './exportLabels.ts';
import { CopyField } from './CopyField.tsx';

/** The frame height that fits each embed at a common article width, for pages without the resize script. */
const FRAME_HEIGHT: Record<EmbedChart, number> = { perYear: 600, byType: 440, topTowns: 440, map: 620 };

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

/** How many incidents the embed shows when the explorer has a search it cannot carry. */
function useEmbedCount(): number | null {
  const data = useDataset();
  const selection = useAppStore((s) => s.selection);
  // Its own view model: asking the explorer's for a second selection would undo its memo.
  const view = useMemo(() => (selection.q.trim() ? createViewModel(data) : null), [data, selection.q]);
  return view ? view(embedSelection(selection, data)).incidents.length : null;
}

/** The embed code for one chart or the small map of the selection, with a live preview of it. */
export function EmbedSection(props: {
  options: EmbedOptions;
  setOptions: (f: (o: EmbedOptions) => EmbedOptions) => void;
  resize: boolean;
  setResize: (v: boolean) => void;
}) {
  const { options, setOptions } = props;
  const data = useDataset();
  const selection = useAppStore((s) => s.selection);
  const actions = useAppActions();
  const withoutSearch = useEmbedCount();
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
        <ChoiceGroup
          legend={t.share.chart}
          name="share-chart"
          value={options.chart}
          values={EMBED_CHARTS}
          labels={t.share.charts}
          onChange={(chart) => setOptions((o) => ({ ...o, chart }))}
        />
        <ChoiceGroup
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
          {options.chart === 'perYear' && (
            // The explorer's own switch: the embed, the images and the link follow it (context=0).
            <label>
              <input type="checkbox" checked={selection.context} onChange={(e) => actions.setContext(e.target.checked)} />
              {t.share.showContext}
            </label>
          )}
        </div>
      </div>
      {withoutSearch !== null && (
        <p className="share-note share-search-note">{exportStrings.embedNoSearch(isolate(selection.q.trim()), withoutSearch)}</p>
      )}
      <CopyField label={t.share.snippet} value={embedSnippet(src, title, height, props.resize)} multiline />
      <p className="share-label">{t.share.preview}</p>
      <iframe ref={preview} className="share-preview" src={src} title={`${t.share.preview}: ${title}`} style={{ height }} />
    </section>
  );
}
