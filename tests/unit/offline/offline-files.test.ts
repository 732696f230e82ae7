import { describe, expect, it } from 'vitest';
import {
  buildId,
  copyCache,
  copyCacheBuild,
  copyPlan,
  formatBytes,
  freshness,
  isListablePage,
  servedPath,
  shellCache,
  shellCacheBuild,
  VISITED_CACHE,
} from '../../../src/offline/offline-files';
import { installHead, webManifest } from '../../../src/offline/web-manifest';

describe('offline files', () => {
  it('serves built HTML at its directory address', () => {
    expect(servedPath('index.html')).toBe('');
    expect(servedPath('topics/sql/index.html')).toBe('topics/sql/');
    expect(servedPath('404.html')).toBe('404.html');
    expect(servedPath('_astro/page.abc123.js')).toBe('_astro/page.abc123.js');
    expect(servedPath('templates/adr.md')).toBe('templates/adr.md');
  });

  it('answers content-hashed files from the cache first and everything else from the network first', () => {
    expect(freshness('_astro/page.cNngjUgL.js')).toBe('immutable');
    expect(freshness('_astro/pglite-BsEBqptA.wasm')).toBe('immutable');
    expect(freshness('pagefind/index/en_4c1d.pf_index')).toBe('immutable');
    expect(freshness('pagefind/fragment/en_1a2b.pf_fragment')).toBe('immutable');
    expect(freshness('pagefind/filter/en_1a2b.pf_filter')).toBe('immutable');
    // Pagefind's entry files keep their names across builds; pages too.
    expect(freshness('pagefind/pagefind-entry.json')).toBe('network-first');
    expect(freshness('pagefind/pagefind.js')).toBe('network-first');
    expect(freshness('search/pagefind.js')).toBe('network-first');
    expect(freshness('topics/sql/')).toBe('network-first');
    expect(freshness('')).toBe('network-first');
    // A path that merely contains the folder name is not in it.
    expect(freshness('topics/_astro/')).toBe('network-first');
  });

  it('names caches per build and reads the build back', () => {
    expect(copyCacheBuild(copyCache('abc'))).toBe('abc');
    expect(shellCacheBuild(shellCache('abc'))).toBe('abc');
    expect(copyCacheBuild(shellCache('abc'))).toBeUndefined();
    expect(copyCacheBuild(VISITED_CACHE)).toBeUndefined();
    expect(shellCacheBuild('someone-elses-cache')).toBeUndefined();
  });

  it('identifies a build by its files and revisions, whatever their order', () => {
    const a = { url: 'a/', revision: '1' };
    const b = { url: 'b.js', revision: '2' };
    expect(buildId([a, b])).toBe(buildId([b, a]));
    expect(buildId([a, b])).toMatch(/^[0-9a-f]{16}$/);
    expect(buildId([a, { ...b, revision: '3' }])).not.toBe(buildId([a, b]));
    expect(buildId([a])).not.toBe(buildId([a, b]));
  });

  it('plans a copy update: unchanged files are reused, changed and new ones downloaded', () => {
    const previous = [
      { url: 'a/', revision: '1', size: 10 },
      { url: 'b/', revision: '1', size: 20 },
      { url: 'gone/', revision: '1', size: 5 },
    ];
    const next = [
      { url: 'a/', revision: '1', size: 10 },
      { url: 'b/', revision: '2', size: 21 },
      { url: 'c/', revision: '1', size: 30 },
    ];
    const { reuse, download } = copyPlan(next, previous);
    expect(reuse.map((f) => f.url)).toEqual(['a/']);
    expect(download.map((f) => f.url)).toEqual(['b/', 'c/']);
    expect(copyPlan(next).download).toEqual(next);
  });

  it('says sizes the way downloads are given', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(840_000)).toBe('840 KB');
    expect(formatBytes(33_493_728)).toBe('33.5 MB');
    expect(formatBytes(2_500_000_000)).toBe('2.50 GB');
  });

  it('lists pages, not files or the fallback page, as saved pages', () => {
    expect(isListablePage('')).toBe(true);
    expect(isListablePage('topics/sql/')).toBe(true);
    expect(isListablePage('_astro/page.js')).toBe(false);
    expect(isListablePage('offline/')).toBe(false);
  });
});

describe('installability', () => {
  it('the manifest addresses everything relative to itself, so it works under any base', () => {
    const manifest = webManifest('Forked Atlas');
    expect(manifest.name).toBe('Forked Atlas');
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    for (const icon of manifest.icons) expect(icon.src).not.toMatch(/^\//);
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
  });

  it('the head names the manifest under the base and a theme colour for each scheme', () => {
    const at = (base: string) =>
      installHead(base).find((tag) => tag.attrs.rel === 'manifest')?.attrs.href;
    expect(at('/')).toBe('/manifest.webmanifest');
    expect(at('/atlas')).toBe('/atlas/manifest.webmanifest');
    const colours = installHead('/').filter((tag) => tag.attrs.name === 'theme-color');
    expect(colours.map((tag) => tag.attrs.media)).toEqual([
      '(prefers-color-scheme: light)',
      '(prefers-color-scheme: dark)',
    ]);
  });
});
