/** One problem in the curated data, located so a curator can go straight to it. */
export interface DataError {
  file: string;
  line?: number;
  record?: string;
  field?: string;
  message: string;
}

export function formatError(e: DataError): string {
  const where = e.line === undefined ? e.file : `${e.file}:${e.line}`;
  const rec = e.record ? ` record "${e.record}"` : '';
  const field = e.field ? ` field "${e.field}"` : '';
  return `${where}${rec}${field}: ${e.message}`;
}
