import type { ReactNode } from 'react';
import { exportStrings, t } from '../../lib/strings.ts';
import { useAppStore, useDataset, useView } from '../../store/AppContext.tsx';
import { downloadBlob } from './download.ts';
import { incidentsGeoJson, incidentsZip } from './exportData.ts';
import { exportSubject, isolate } from './exportLabels.ts';
import { exportBaseName, exportCredit, exportFileName } from './exportFiles.ts';
import { useShareLink } from './useShareLink.ts';

/** Says, when a search is active, that the images and data files count only what it matches. */
export function DownloadsSearchNote() {
  const q = useAppStore((s) => s.selection.q).trim();
  const { incidents } = useView();
  if (!q) return null;
  return <p className="share-note share-search-note">{exportStrings.downloadsSearch(isolate(q), incidents.length)}</p>;
}

/** The selection's incidents as CSV and GeoJSON, named and credited like the images. */
export function DataSection() {
  const data = useDataset();
  const view = useView();
  const selection = useAppStore((s) => s.selection);
  const subject = exportSubject('data', view, selection, data);
  const { incidents } = view;
  const link = useShareLink();
  const ctx = { data, credit: exportCredit(data, subject).join(' '), link, typeLabels: t.types };
  const name = exportBaseName(subject);
  return (
    <section className="share-section">
      <h3>
        {t.share.downloads}: {t.list.heading(incidents.length)}
      </h3>
      <div className="share-buttons">
        <DataButton onClick={async () => downloadBlob(await incidentsZip(incidents, ctx, name), `${name}-csv.zip`)}>
          {t.share.csv(incidents.length)}
        </DataButton>
        <DataButton
          onClick={async () =>
            downloadBlob(
              new Blob([incidentsGeoJson(incidents, ctx)], { type: 'application/geo+json' }),
              exportFileName(subject, 'geojson'),
            )
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
