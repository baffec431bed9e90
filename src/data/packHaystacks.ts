/**
 * The incidents' search texts as the data worker hands them to the page: one string and where
 * each text ends. Posted as a list, 100k strings were read back one by one and cost the page's
 * main thread a quarter second before the first view (with a tenth of it collecting the
 * garbage); one string is one copy, and the page's slices of it share its characters.
 */
export interface PackedHaystacks {
  text: string;
  /** ends[k]: where text k ends in `text` (it starts where text k − 1 ends). */
  ends: Uint32Array;
}

export function packHaystacks(haystacks: readonly string[]): PackedHaystacks {
  const ends = new Uint32Array(haystacks.length);
  let at = 0;
  haystacks.forEach((h, k) => (ends[k] = at += h.length));
  return { text: haystacks.join(''), ends };
}

export function unpackHaystacks({ text, ends }: PackedHaystacks): string[] {
  const out = new Array<string>(ends.length);
  let from = 0;
  for (let k = 0; k < ends.length; k++) {
    const to = ends[k] as number;
    out[k] = text.slice(from, to);
    from = to;
  }
  return out;
}
