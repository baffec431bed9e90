/**
 * The width of a chart's drawing in the explorer, from the page's width alone, as styles.css
 * lays the charts out (.app-charts: 0.75rem padding; one column up to 900 px wide, else
 * columns of at least 20rem with 1rem between them, as many as fit, three at most for the
 * three charts). Known before layout, so that the first render draws the charts at their width
 * (useWidth.ts). If the layout gives another width, the charts are drawn again at that width
 * a frame later: where a scroll bar takes room (not on phones, whose scroll bars overlay the
 * page), the page has none yet when this is read. test/e2e/phone.spec.ts checks the width
 * against the layout.
 */
export function expectedChartWidth(): number {
  const html = document.documentElement;
  const rem = parseFloat(getComputedStyle(html).fontSize) || 16;
  const content = html.clientWidth - 1.5 * rem;
  if (window.innerWidth <= 900) return Math.max(0, content);
  const gap = rem;
  const columns = Math.min(3, Math.max(1, Math.floor((content + gap) / (20 * rem + gap))));
  return (content - (columns - 1) * gap) / columns;
}
