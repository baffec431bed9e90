/**
 * What a reader of another language sees: the page's language, the interface's own text
 * (data text, which the app isolates in <bdi> or U+2068…U+2069, left out), the switch, and
 * our formatting code run in the browser's own Intl.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import type { Lang } from '../../src/data/lang.ts';
import { ROOT } from './data.ts';
import type { Explorer } from './driver.ts';

export interface LanguageView {
  when: {
    /** Clicks a language in the header's switch and waits for the page to speak it. */
    switchTo(name: string, lang: Lang): Promise<void>;
  };
  then: {
    htmlLang(): Promise<string>;
    /**
     * Every piece of our own text on the page, as a reader or a screen reader meets it: text
     * nodes not hidden by display, and labels (aria-label, title, placeholder, alt), with data
     * text (in <bdi>, or between U+2068 and U+2069) and the place picker's place names cut out.
     */
    interfaceText(): Promise<string[]>;
    listHeading(): Promise<string>;
    /** The text of the first <time> for an ISO date. */
    dateShown(iso: string): Promise<string>;
    /** The JavaScript files the page fetched, as paths. */
    scripts(): string[];
    /** src/lib/plural.ts run in this browser on a blank page (its Intl, not Node's). */
    formatInBrowser(calls: { lang: Lang; n: number }[]): Promise<{ number: string; category: string }[]>;
  };
}

export function languageView(app: Explorer): LanguageView {
  const page = () => app.page();
  return {
    when: {
      async switchTo(name, lang) {
        await page().getByRole('banner').getByRole('group').getByRole('button', { name, exact: true }).click();
        await page().waitForFunction((l) => document.documentElement.lang === l, lang);
        await page().locator('#list-heading').waitFor();
      },
    },
    then: {
      htmlLang: () => page().evaluate(() => document.documentElement.lang),
      interfaceText: () =>
        page().evaluate(() => {
          const strip = (s: string) => s.replace(/\u2068[^\u2069]*\u2069/g, ' ').trim();
          const out: string[] = [];
          const shown = (el: Element) => el.checkVisibility() || el.closest('.visually-hidden') !== null;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || el.closest('bdi, script, style, optgroup') || !shown(el)) continue;
            const text = strip(n.textContent ?? '');
            if (text) out.push(text);
          }
          for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
            if (!shown(el)) continue;
            for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
              const v = strip(el.getAttribute(a) ?? '');
              if (v) out.push(v);
            }
          }
          return out;
        }),
      listHeading: async () => ((await page().locator('#list-heading').textContent()) ?? '').trim(),
      dateShown: async (iso) => ((await page().locator(`time[datetime="${iso}"]`).first().textContent()) ?? '').trim(),
      scripts: () =>
        app.then
          .requests()
          .filter((u) => u.endsWith('.js'))
          .map((u) => new URL(u).pathname),
      async formatInBrowser(calls) {
        const source = readFileSync(resolve(ROOT, 'src/lib/plural.ts'), 'utf8');
        const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
        const body = `${js.replace(/^export /gm, '')}\nreturn { formatNumber, pluralCategory };`;
        // A context of its own: the test needs no explorer open before it.
        const context = await (await app.browser()).newContext();
        const blank = await context.newPage();
        try {
          return await blank.evaluate(
            ({ body, calls }) => {
              const m = new Function(body)() as {
                formatNumber: (lang: string, n: number) => string;
                pluralCategory: (lang: string, n: number) => string;
              };
              return calls.map(({ lang, n }) => ({ number: m.formatNumber(lang, n), category: m.pluralCategory(lang, n) }));
            },
            { body, calls },
          );
        } finally {
          await context.close();
        }
      },
    },
  };
}
