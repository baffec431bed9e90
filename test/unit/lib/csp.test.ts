import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_META_POLICY, cspHeaderPolicy, HEADERS_COMMAND, headersFile, PAGES } from '../../../src/lib/csp.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('the Content-Security-Policy', () => {
  it('is the one public/_headers carries', () => {
    const file = readFileSync(resolve(ROOT, 'public/_headers'), 'utf8');
    expect(file, `public/_headers is stale: run ${HEADERS_COMMAND}`).toBe(headersFile());
  });

  it('allows nothing from another origin, no inline script or style, and no eval', () => {
    const sources = CSP_DIRECTIVES.flatMap(([, value]) => value.split(' '));
    expect(sources.filter((s) => !["'self'", "'none'", 'data:', 'blob:'].includes(s))).toEqual([]);
    expect(CSP_META_POLICY).not.toMatch(/unsafe|\*/);
    expect(CSP_DIRECTIVES.find(([name]) => name === 'script-src')?.[1]).toBe("'self'");
  });

  it('leaves frame-ancestors out of the meta tag, where browsers ignore it, and puts it in the header', () => {
    expect(CSP_META_POLICY).not.toContain('frame-ancestors');
    expect(cspHeaderPolicy("'self'")).toBe(`${CSP_META_POLICY}; frame-ancestors 'self'`);
  });

  it('lets only the site frame the explorer, and any site frame the embed', () => {
    const framing = Object.fromEntries(PAGES.flatMap((p) => p.paths.map((path) => [path, p.frameAncestors])));
    expect(framing).toEqual({ '/': "'self'", '/index.html': "'self'", '/embed': '*', '/embed.html': '*' });
  });

  it('sets the policy with no wildcard rule, which hosts would join to the embed’s', () => {
    const rules = headersFile()
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    const policyRules = rules.filter((line, i) => !line.startsWith(' ') && rules[i + 1]?.includes('Content-Security-Policy'));
    expect(policyRules.filter((path) => path.includes('*'))).toEqual([]);
  });
});
