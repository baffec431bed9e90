import { useLayoutEffect, useState } from 'react';

/** The element's width in CSS pixels, kept up to date with a ResizeObserver while `follow` is true. */
export function useWidth(ref: React.RefObject<HTMLElement | null>, follow: boolean): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!follow || !el) return;
    // The first width, before the first paint.
    setWidth(el.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, follow]);
  return width;
}
