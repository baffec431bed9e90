/** Hands a file made in the page to the browser's download, without any server. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; keep it a moment for slow browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "kz-rights-per-year-2011-2012-almaty": a file name that says what the file holds. */
export function fileStem(parts: (string | null | undefined)[]): string {
  return ['kz-rights', ...parts]
    .filter((p): p is string => !!p)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
