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
 * The listener a parent page may paste with the iframe: it resizes only the frame the message
 * came from, and only to a sane height. Kept small and free of dependencies on purpose.
 */
export const RESIZE_LISTENER =
  `window.addEventListener("message",function(e){var d=e.data&&e.data["${HEIGHT_KEY}"];if(!d)return;` +
  `var f=document.querySelectorAll("iframe");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)` +
  `for(var k in d){var h=+d[k];if(h>50&&h<5000)f[i].style.height=h+"px"}});`;
