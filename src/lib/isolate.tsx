/**
 * Data text isolated from the text around it (Unicode bidi isolation, UAX #9): a right-to-left
 * override (U+202E) or right-to-left script in a publisher, title or place name must not
 * reorder our own words, numbers and file names after it. Without it "Publisher\u202E — 000.txt,
 * line 48" draws as "84 enil ,txt.000 — Publisher".
 *
 * - In the DOM: <Isolated>{text}</Isolated>, a <bdi> (it adds no characters, so copied text and
 *   tests read the data as it is).
 * - In plain strings (canvas and SVG text, alt text, titles, aria labels, sentences written from
 *   the data): isolate(text), which wraps it in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE.
 *
 * Both first balance the text's own isolates: a stray U+2069 in the data would otherwise close our
 * isolate early (browsers map <bdi> to the same controls) and let what follows it loose, and an
 * unclosed isolate would swallow our text after it.
 */
import type { ReactNode } from 'react';

export const FSI = '\u2068';
export const PDI = '\u2069';
const INITIATORS = new Set(['\u2066', '\u2067', '\u2068']);

/** The text with every stray U+2069 dropped and every isolate it opens closed at its end. */
export function balanceIsolates(text: string): string {
  if (!/[\u2066-\u2069]/.test(text)) return text;
  let open = 0;
  let out = '';
  for (const ch of text) {
    if (INITIATORS.has(ch)) open += 1;
    else if (ch === PDI) {
      if (open === 0) continue;
      open -= 1;
    }
    out += ch;
  }
  return out + PDI.repeat(open);
}

/** Data text for a plain string: isolated, whatever it holds. */
export function isolate(text: string): string {
  return `${FSI}${balanceIsolates(text)}${PDI}`;
}

/** Data text in the DOM: a <bdi>, isolated whatever it holds. */
export function Isolated({ children }: { children: string | null | undefined }): ReactNode {
  return <bdi>{balanceIsolates(children ?? '')}</bdi>;
}
