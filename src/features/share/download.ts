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
