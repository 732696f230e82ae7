import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipBytes } from '../../../scripts/bench/output';
import { estimatePageWeight, weightsByRoute } from '../../../scripts/bench/page-weights';

/** A tiny build: two pages sharing a stylesheet and a chunk, one of them with a lazy module. */
const dist = mkdtempSync(join(tmpdir(), 'atlas-weights-'));
const files: Record<string, string> = {
  '_astro/site.css': 'body{color:red}'.repeat(20),
  '_astro/shared.js': 'export const shared = 1;'.repeat(10),
  '_astro/page.js': 'import{shared as s}from"./shared.js";console.log(s);',
  '_astro/lazy.js': 'export const lazy = 2;'.repeat(50),
  '_astro/opens-lazy.js': 'document.onclick=()=>import("./lazy.js");',
  '_astro/inline-dep.js': 'export const d = 3;',
  'a/index.html':
    '<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script></head><body>A</body></html>',
  'b/index.html':
    '<html><head><link href="/_astro/site.css" rel="stylesheet"></head><body><script type="module" src="/_astro/opens-lazy.js"></script><script type="module">import "/_astro/inline-dep.js";</script></body></html>',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dist, name)), { recursive: true });
  writeFileSync(join(dist, name), text);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const gz = (name: string) => gzipBytes(files[name]);

describe('estimatePageWeight', () => {
  it('counts the page, its stylesheets, its scripts and what they import statically', () => {
    expect(estimatePageWeight(dist, join(dist, 'a/index.html'))).toEqual({
      path: '/a/',
      html: gz('a/index.html'),
      css: gz('_astro/site.css'),
      js: gz('_astro/page.js') + gz('_astro/shared.js'),
    });
  });
  it('leaves out what a script imports only when asked (a dynamic import), counts inline imports', () => {
    expect(estimatePageWeight(dist, join(dist, 'b/index.html'))).toEqual({
      path: '/b/',
      html: gz('b/index.html'),
      css: gz('_astro/site.css'),
      js: gz('_astro/opens-lazy.js') + gz('_astro/inline-dep.js'),
    });
  });
  it('names a file the page asks for that the build does not have', () => {
    writeFileSync(join(dist, 'c.html'), '<script type="module" src="/_astro/missing.js"></script>');
    expect(() => estimatePageWeight(dist, join(dist, 'c.html'))).toThrow(/_astro\/missing\.js/);
  });
});

describe('weightsByRoute', () => {
  const page = (route: string, path: string, kib: number) => ({
    route,
    path,
    html: kib * 1024,
    css: 0,
    js: 0,
  });
  it('counts the pages of each content route over the budget and names the heaviest', () => {
    const rows = weightsByRoute(
      [
        page('/topics/[...id]', '/topics/a/', 36),
        page('/topics/[...id]', '/topics/b/', 40),
        page('/topics/[...id]', '/topics/c/', 20),
        page('/practice/[...id]', '/practice/x/', 30),
        page('/progress', '/progress/', 60),
      ],
      35 * 1024,
    );
    expect(rows.map((r) => [r.route, r.pages, r.over, r.heaviest.path])).toEqual([
      ['/practice/[...id]', 1, 0, '/practice/x/'],
      ['/topics/[...id]', 3, 2, '/topics/b/'],
    ]);
  });
});
