/**
 * Tells the page that frames the embed how tall it is, so the frame can fit it: one message
 * per change of height, in the shape Datawrapper's embeds post (`{"datawrapper-height": {id: px}}`).
 * Pages that already carry Datawrapper's or our listener resize the frame; others keep the
 * frame's fixed height, at which the embed still works.
 */
export const HEIGHT_KEY = 'datawrapper-height';
export const EMBED_KEY = 'kz-rights';

export function postHeight(el: HTMLElement, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is no secret, and the page framing us may be on any origin.
    win.parent.postMessage({ [HEIGHT_KEY]: { [EMBED_KEY]: height } }, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(el);
  send();
  return () => observer.disconnect();
}

/**
 * The framing page's side: resizes the frame the message came from, and only to a sane
 * height. The share dialog's preview runs it as it is, and RESIZE_LISTENER gives its source
 * text to paste beside the iframe, so it must stay self-contained: no imports, nothing from
 * the module around it, the key passed in.
 */
export function resizeFrame(key: string, e: MessageEvent): void {
  const d = e.data && e.data[key];
  if (!d || typeof d !== 'object') return;
  const frames = document.querySelectorAll('iframe');
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    if (!f || f.contentWindow !== e.source) continue;
    for (const k in d) {
      const h = +d[k];
      if (h > 50 && h < 5000) f.style.height = h + 'px';
    }
  }
}

/** The listener a parent page may paste with the iframe: `resizeFrame`, as a script. */
export const RESIZE_LISTENER = `window.addEventListener("message",function(e){(${resizeFrame})(${JSON.stringify(HEIGHT_KEY)},e)});`;
