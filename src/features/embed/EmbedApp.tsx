import { Component, Suspense, useEffect, useId, type ReactNode } from 'react';
import { CHARTS, TypeKey, type ChartId, type ChartModel } from '../charts/index.ts';
import { formatYears } from '../../lib/formatDate.ts';
import { creditFor, creditLines } from '../../lib/credits.ts';
import { t } from '../../lib/strings.ts';
import { useAppStore, useDataset, useView, type AppContextValue } from '../../store/AppContext.tsx';
import type { EmbedOptions } from './embedParams.ts';
import { postHeight } from './postHeight.ts';
import { useExportLabels } from '../share/index.ts';
// The map's face: its notice, description and frame styles; its code stays in its own chunk.
import {
  describeMap,
  isCodeNotLoaded,
  LazyIncidentMap as IncidentMap,
  LazyMapLegend as MapLegend,
  MapNotice,
} from '../map/index.ts';
import './embed.css';

/** One chart or a small map for the selection in the URL, with its credit and a link back. */
export function EmbedApp({
  options,
  explorerHref,
  view,
}: {
  options: EmbedOptions;
  explorerHref: string;
  view: AppContextValue['view'];
}) {
  return options.chart === 'map' ? (
    <MapEmbed options={options} explorerHref={explorerHref} view={view} />
  ) : (
    <ChartEmbed id={options.chart} options={options} explorerHref={explorerHref} />
  );
}

function ChartEmbed({ id, options, explorerHref }: { id: ChartId; options: EmbedOptions; explorerHref: string }) {
  const spec = CHARTS[id];
  const chart = spec.useModel();
  const labels = useExportLabels(id, chart.title);
  const model = { ...chart, title: labels.headline, subtitle: labels.subtitle };
  return (
    <EmbedFrame model={model} options={options} explorerHref={explorerHref} mapCredit={false}>
      {spec.typeKey && <TypeKey />}
      <div className="embed-drawing" aria-hidden="true">
        <spec.Body height={spec.sizes.embed} />
      </div>
    </EmbedFrame>
  );
}

function MapEmbed({
  options,
  explorerHref,
  view,
}: {
  options: EmbedOptions;
  explorerHref: string;
  view: AppContextValue['view'];
}) {
  const { map } = useView();
  const mode = useAppStore((s) => s.selection.mapMode);
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const years = formatYears(from, to);
  const labels = useExportLabels('map', mode === 'regions' ? t.embed.mapRegionsTitle(years) : t.embed.mapTitle(years));
  const model: ChartModel = {
    title: labels.headline,
    subtitle: labels.subtitle,
    description: describeMap(map, useDataset(), from, to),
    table: { columns: [], rows: [] },
  };
  return (
    <EmbedFrame model={model} options={options} explorerHref={explorerHref} mapCredit>
      <IfLoaded
        failed={
          <div className="embed-map">
            <p className="embed-loading" role="status">
              {t.map.codeFailedEmbed}
            </p>
          </div>
        }
      >
        <div className="embed-map">
          <Suspense
            fallback={
              <p className="embed-loading" role="status">
                {t.map.loading}
              </p>
            }
          >
            <IncidentMap view={view} noWebglText={t.map.noWebglEmbed} />
          </Suspense>
          <MapNotice />
        </div>
        <Suspense fallback={null}>
          <MapLegend
            mode={mode}
            max={map.maxRegion}
            placed={map.towns.reduce((n, town) => n + town.total, 0)}
            linked={map.linkedIncidents}
          />
        </Suspense>
      </IfLoaded>
    </EmbedFrame>
  );
}

/**
 * Its children, or `failed` once their code did not arrive (the map's and its legend's
 * together: a key without its map, or a map without its key, would mislead). React.lazy
 * throws a failed download in the render, and with nothing to catch it React would take the
 * whole embed down, its title, description, credit and link with it. Any other error is a
 * bug, not a download, and goes on up as before.
 */
class IfLoaded extends Component<{ failed: ReactNode; children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (isCodeNotLoaded(error)) return this.props.failed;
    throw error;
  }
}

function EmbedFrame(props: {
  model: ChartModel;
  options: EmbedOptions;
  explorerHref: string;
  mapCredit: boolean;
  children: ReactNode;
}) {
  const id = useId();
  const credit = creditFor(useDataset(), useView().incidents.length);
  const { model } = props;
  // The page's title and description follow the chart: what a screen reader announces for
  // the frame, and what link previews show.
  // Heights go to the framing page from the first drawing on, not while loading: the frame
  // should not shrink to one line and grow back.
  useEffect(() => postHeight(document.getElementById('root') ?? document.body), []);
  useEffect(() => {
    document.title = model.title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', model.description);
  }, [model.title, model.description]);
  // The page's one landmark: a screen reader's "main" shortcut lands on the chart.
  return (
    <main>
      <figure className="embed" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        {/* Without the visible title, the figure keeps its name for assistive technology. */}
        <div className={props.options.title ? 'embed-head' : 'visually-hidden'}>
          <h1 id={`${id}-title`}>{model.title}</h1>
          {model.subtitle && <p className="embed-subtitle">{model.subtitle}</p>}
        </div>
        {props.children}
        <p id={`${id}-desc`} className="embed-desc">
          {model.description}
        </p>
        <figcaption className="embed-credit">
          {creditLines(credit, { map: props.mapCredit }).join(' ')}{' '}
          <a href={props.explorerHref} target="_blank" rel="noopener noreferrer">
            {t.embed.explore} →
          </a>
        </figcaption>
      </figure>
    </main>
  );
}
