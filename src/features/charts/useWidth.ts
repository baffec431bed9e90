import { createContext, useContext, useLayoutEffect, useState } from 'react';

/** The width the charts' containers will have once laid out, if the page knows it beforehand (chartWidth.ts); 0 if not. */
export const ExpectedWidth = createContext(0);

/**
 * The element's width in CSS pixels, kept up to date with a ResizeObserver while `follow` is
 * true. Where the page knows the width beforehand (ExpectedWidth), the first render draws at
 * that width and nothing forces a layout: measuring in the first render with the data forced
 * a layout of the whole new page and a second render, a third of a second on a phone (CPU 4×
 * slower). The observer reports the laid-out width; less than half a pixel from the width
 * drawn (the expected width is not rounded as layout rounds) is no change.
 */
export function useWidth(ref: React.RefObject<HTMLElement | null>, follow: boolean): number {
  const expected = useContext(ExpectedWidth);
  const [width, setWidth] = useState(expected);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!follow || !el) return;
    // The first width, before the first paint.
    if (!expected) setWidth(el.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => {
      const next = entry?.contentRect.width;
      if (next !== undefined) setWidth((w) => (Math.abs(next - w) < 0.5 ? w : next));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, follow, expected]);
  return width;
}
