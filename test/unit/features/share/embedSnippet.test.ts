import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeAttr } from '../../../../src/features/share/EmbedSection.tsx';
import { RESIZE_LISTENER } from '../../../../src/features/embed/postHeight.ts';

/** The attributes of the snippet's iframe as a browser's HTML parser would read them (double-quoted values). */
function iframeAttributes(html: string): Record<string, string> {
  const tag = /^<iframe ([^>]*)><\/iframe>/.exec(html)?.[1];
  if (tag === undefined) throw new Error(`not an iframe first: ${html.slice(0, 40)}`);
  const attrs: Record<string, string> = {};
  const rest = tag.replace(/([a-z-]+)="([^"]*)"\s*/g, (_m, name: string, value: string) => {
    attrs[name] = value
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    return '';
  });
  if (rest.trim()) throw new Error(`left over in the tag: ${rest}`);
  return attrs;
}

describe('escapeAttr', () => {
  it('escapes what could end the attribute or open a tag', () => {
    expect(escapeAttr(`a"b<c>d&e'f`)).toBe(`a&quot;b&lt;c&gt;d&amp;e'f`);
  });

  it('escapes an ampersand before what it introduces, so an entity stays text', () => {
    expect(escapeAttr('&quot;')).toBe('&amp;quot;');
  });
});

describe('embedSnippet', () => {
  const hostile = `Zhanaozen" onload="alert(1)" x="<script>alert(2)</script>&amp;`;

  it('keeps a hostile title and address inside their attributes', () => {
    const attrs = iframeAttributes(embedSnippet(`https://example.org/embed.html?x="><b>`, hostile, 600, false));
    expect(attrs.title).toBe(hostile);
    expect(attrs.src).toBe(`https://example.org/embed.html?x="><b>`);
    expect(Object.keys(attrs).sort()).toEqual(['height', 'loading', 'referrerpolicy', 'src', 'style', 'title', 'width']);
  });

  it('sends no referrer and loads lazily', () => {
    const attrs = iframeAttributes(embedSnippet('https://example.org/embed.html', 'A chart', 440, false));
    expect(attrs).toMatchObject({ referrerpolicy: 'no-referrer', loading: 'lazy', height: '440' });
  });

  it('adds the resize listener only when asked, and nothing else', () => {
    const bare = embedSnippet('https://example.org/embed.html', 'A chart', 600, false);
    expect(bare).not.toContain('<script');
    const withScript = embedSnippet('https://example.org/embed.html', hostile, 600, true);
    // The frame, then the listener (its source spans lines where the code is not minified), and nothing else.
    const [frame, ...rest] = withScript.split('\n');
    expect(frame).toMatch(/^<iframe /);
    expect(rest.join('\n')).toBe(`<script>${RESIZE_LISTENER}</script>`);
    expect(withScript.match(/<script/g)).toHaveLength(1);
  });
});
