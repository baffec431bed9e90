// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { HEIGHT_KEY, RESIZE_LISTENER, resizeFrame } from '../../../../src/features/embed/postHeight.ts';

afterEach(() => document.body.replaceChildren());

function twoFrames(): [HTMLIFrameElement, HTMLIFrameElement] {
  const a = document.createElement('iframe');
  const b = document.createElement('iframe');
  a.style.height = '400px';
  b.style.height = '400px';
  document.body.append(a, b);
  return [a, b];
}

const heightMessage = (from: HTMLIFrameElement, height: unknown) =>
  new MessageEvent('message', { data: { [HEIGHT_KEY]: { 'kz-rights': height } }, source: from.contentWindow });

describe('resizeFrame (the share preview)', () => {
  it('resizes only the frame the height came from', () => {
    const [a, b] = twoFrames();
    resizeFrame(HEIGHT_KEY, heightMessage(b, 612));
    expect([a.style.height, b.style.height]).toEqual(['400px', '612px']);
  });

  it('refuses heights outside 50-5000 px and messages of another shape', () => {
    const [a] = twoFrames();
    for (const h of [10, 9000, 'tall', null]) resizeFrame(HEIGHT_KEY, heightMessage(a, h));
    resizeFrame(HEIGHT_KEY, new MessageEvent('message', { data: 'hello', source: a.contentWindow }));
    expect(a.style.height).toBe('400px');
  });
});

describe('RESIZE_LISTENER (the script pasted beside the iframe)', () => {
  it('resizes the frame that sent its height, as the preview does', () => {
    const [a, b] = twoFrames();
    const listeners: EventListener[] = [];
    // Run the pasted script with a window whose listeners we can call.
    new Function('window', RESIZE_LISTENER)({ addEventListener: (_: string, l: EventListener) => listeners.push(l) });
    expect(listeners).toHaveLength(1);
    listeners[0]!(heightMessage(a, 733));
    listeners[0]!(heightMessage(b, 4));
    expect([a.style.height, b.style.height]).toEqual(['733px', '400px']);
  });
});
