/** Text as the checks compare it: no accents, no line-break hyphens, one apostrophe, lower case. */
export function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/-\s+/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase();
}
