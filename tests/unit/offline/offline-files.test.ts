import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildId,
  copyCache,
  copyCacheBuild,
  copyPlan,
  formatBytes,
  freshness,
  inSitemap,
  isListablePage,
  networkOrKept,
  servedPath,
  shellCache,
  shellCacheBuild,
  storageShortfall,
  unreferencedFiles,
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
    // Pagefind's metadata is named by its hash, which pagefind-entry.json names.
    expect(freshness('pagefind/pagefind.en_46a4f07d55.pf_meta')).toBe('immutable');
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

describe('a network that hangs', () => {
  afterEach(() => vi.useRealTimers());
  const never = () => new Promise<string>(() => {});
  const after = (ms: number, value: string) =>
    new Promise<string>((resolve) => setTimeout(() => resolve(value), ms));

  it('gives the kept copy once the timeout passes, and not before', async () => {
    vi.useFakeTimers();
    let answer: string | undefined;
    void networkOrKept(never(), Promise.resolve('kept'), 4000).then((a) => (answer = a));
    await vi.advanceTimersByTimeAsync(3999);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toBe('kept');
  });

  it('gives the network answer when it comes in time', async () => {
    vi.useFakeTimers();
    const answer = networkOrKept(after(3000, 'fresh'), Promise.resolve('kept'), 4000);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await answer).toBe('fresh');
  });

  it('gives the kept copy at once when the network fails', async () => {
    const answer = await networkOrKept(
      Promise.reject(new Error('offline')),
      Promise.resolve('kept'),
      4000,
    );
    expect(answer).toBe('kept');
  });

  it('never holds the network answer back for the cache lookup, nor fails with it', async () => {
    expect(await networkOrKept(Promise.resolve('fresh'), new Promise(() => {}), 4000)).toBe(
      'fresh',
    );
    expect(
      await networkOrKept(Promise.resolve('fresh'), Promise.reject(new Error('x')), 4000),
    ).toBe('fresh');
  });

  it('counts the timeout from when the kept copy is found', async () => {
    vi.useFakeTimers();
    let answer: string | undefined;
    void networkOrKept(never(), after(1000, 'kept'), 4000).then((a) => (answer = a));
    await vi.advanceTimersByTimeAsync(4500);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(500);
    expect(answer).toBe('kept');
  });

  it('without a kept copy waits for the network however long it takes, and passes on its error', async () => {
    vi.useFakeTimers();
    const answer = networkOrKept(after(60_000, 'slow'), Promise.resolve(undefined), 4000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await answer).toBe('slow');
    vi.useRealTimers();
    await expect(
      networkOrKept(Promise.reject(new Error('offline')), Promise.resolve(undefined), 4000),
    ).rejects.toThrow('offline');
  });
});

describe('storage before saving', () => {
  it('stops when the free quota is smaller than what saving downloads, and says both', () => {
    expect(storageShortfall(30_000_000, { quota: 50_000_000, usage: 40_000_000 })).toEqual({
      needed: 30_000_000,
      free: 10_000_000,
    });
    expect(storageShortfall(30_000_000, { quota: 1e9, usage: 40_000_000 })).toBeUndefined();
    expect(storageShortfall(10_000_000, { quota: 50_000_000, usage: 40_000_000 })).toBeUndefined();
    // Usage over quota (estimates are approximate): nothing is free.
    expect(storageShortfall(1, { quota: 10, usage: 20 })).toEqual({ needed: 1, free: 0 });
  });

  it('goes ahead when the browser does not say', () => {
    expect(storageShortfall(30_000_000, undefined)).toBeUndefined();
    expect(storageShortfall(30_000_000, {})).toBeUndefined();
  });
});

describe('pruning the visited cache', () => {
  const page = (path: string, ...names: string[]) => ({
    path,
    text: `<html>${names.map((n) => `<script src="/atlas/${n}"></script>`).join('')}</html>`,
  });

  it('keeps every hashed file a kept page reaches, through the files it names', () => {
    const files = [
      page('topics/sql/', '_astro/page.A1.js', '_astro/style.B2.css'),
      { path: '_astro/page.A1.js', text: 'import("./chunk.C3.js")' },
      { path: '_astro/chunk.C3.js', text: 'new URL("./pglite.D4.wasm", import.meta.url)' },
      { path: '_astro/pglite.D4.wasm' },
      { path: '_astro/style.B2.css', text: 'body{}' },
      // An older build's files: the page that named them was replaced.
      { path: '_astro/page.OLD.js', text: 'import("./chunk.OLDC.js")' },
      { path: '_astro/chunk.OLDC.js', text: '' },
      { path: '_astro/pic.OLD.png' },
    ];
    expect(unreferencedFiles(files).sort()).toEqual([
      '_astro/chunk.OLDC.js',
      '_astro/page.OLD.js',
      '_astro/pic.OLD.png',
    ]);
  });

  it('a page kept from an old build keeps the old files it loads', () => {
    const files = [
      page('topics/sql/', '_astro/page.NEW.js'),
      page('topics/kafka/', '_astro/page.OLD.js'),
      { path: '_astro/page.NEW.js', text: '' },
      { path: '_astro/page.OLD.js', text: '' },
    ];
    expect(unreferencedFiles(files)).toEqual([]);
  });

  it("follows Pagefind's names: entry → metadata → index chunks → fragments", () => {
    const files = [
      { path: 'pagefind/pagefind-entry.json', text: '{"languages":{"en":{"hash":"en_meta2"}}}' },
      { path: 'pagefind/pagefind.en_meta2.pf_meta', text: 'pagefind_dcd\u0001jen_idx2' },
      { path: 'pagefind/index/en_idx2.pf_index', text: 'gen_frag2' },
      { path: 'pagefind/fragment/en_frag2.pf_fragment' },
      { path: 'pagefind/pagefind.en_meta1.pf_meta', text: 'jen_idx1' },
      { path: 'pagefind/index/en_idx1.pf_index', text: 'gen_frag1' },
      { path: 'pagefind/fragment/en_frag1.pf_fragment' },
    ];
    expect(unreferencedFiles(files).sort()).toEqual([
      'pagefind/fragment/en_frag1.pf_fragment',
      'pagefind/index/en_idx1.pf_index',
      'pagefind/pagefind.en_meta1.pf_meta',
    ]);
  });

  it('a name hidden by an overlapping match is still found', () => {
    const files = [
      { path: '', text: 'ab12cd' },
      { path: '_astro/ab12.js' },
      { path: '_astro/12cd.js' },
    ];
    expect(unreferencedFiles(files)).toEqual([]);
  });

  it('never drops pages or other files kept by address', () => {
    const files = [{ path: 'topics/gone/', text: '' }, { path: 'search/pagefind.js' }];
    expect(unreferencedFiles(files)).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('lists every page but the offline fallback page, under any base', () => {
    const root = inSitemap('/');
    expect(root('https://example.org/offline/')).toBe(false);
    expect(root('https://example.org/topics/sql/')).toBe(true);
    expect(root('https://example.org/')).toBe(true);
    const atlas = inSitemap('/atlas');
    expect(atlas('https://someone.github.io/atlas/offline/')).toBe(false);
    expect(atlas('https://someone.github.io/atlas/offline')).toBe(false);
    expect(atlas('https://someone.github.io/atlas/topics/offline/')).toBe(true);
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
