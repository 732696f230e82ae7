import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { contentModel } from '../../src/content-model';
import { fixtureSite, type SiteCopy } from '../support/site-copy';
import { serveStatic } from './setup/static-server';
import { useBrowser, watchedPage } from './setup/browser';
import { checkLlmsOutput } from '../support/llms-output';

/**
 * A fork publishes under a sub-path (GitHub Pages project sites: https://<owner>.github.io/<repo>/)
 * and from its own repository. Build the project the way the deploy workflow does, with a small
 * content folder (tests/fixtures/small-site: a few entries of every collection), and serve it under
 * /atlas only, so any link or asset that forgets the base path answers 404.
 */
const BASE = '/atlas';
const FORK = {
  ATLAS_BASE: BASE,
  ATLAS_SITE: 'https://someone.github.io',
  ATLAS_REPOSITORY: 'https://github.com/someone/atlas-fork',
  ATLAS_BRANCH: 'content',
  ATLAS_TITLE: 'Forked Atlas',
};

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
};
const decode = (value: string) =>
  value.replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);

/** `a/b` → `/a/b/`; `` → `/`. */
const sitePath = (path: string) => `/${path}/`.replace(/\/+/g, '/');

const FIXTURE_CONTENT = join(process.cwd(), 'tests/fixtures/small-site/content');

/** Ids of the entries in one content folder of the fixture, as the glob loader derives them. */
function fixtureIds(folder: string, extensions: readonly string[]): string[] {
  const dir = join(FIXTURE_CONTENT, folder);
  // A collection the fixture has no entries of (SQL practice) has no pages either.
  if (!existsSync(dir)) return [];
  const pattern = new RegExp(`\\.(${extensions.join('|')})$`);
  const files = readdirSync(dir, { recursive: true }) as string[];
  return files.filter((file) => pattern.test(file)).map((file) => file.replace(pattern, ''));
}

/**
 * Every page the fixture's content must yield, without the base path: each collection's index and
 * entry pages (from the content model) and Starlight's own pages. The tests below require each of
 * them to be built, linked, reachable and in the sitemap.
 */
function expectedPages(): string[] {
  const pages = new Set(['/', '/map/', '/progress/']);
  for (const model of Object.values(contentModel)) {
    pages.add(model.indexPath);
    for (const id of fixtureIds(model.folder, model.extensions)) pages.add(model.entryPath(id));
  }
  for (const id of fixtureIds('docs', ['md', 'mdx']))
    pages.add(sitePath(id.replace(/(^|\/)index$/, '')));
  return [...pages].sort();
}

/** Every built file with the given extension, as [path relative to dist, text]. */
function builtFiles(distDir: string, extension: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(extension))
        out.push([relative(distDir, path), readFileSync(path, 'utf8')]);
    }
  };
  walk(distDir);
  return out;
}

/** Every href, src and srcset value in a page, entity-decoded. */
function linkValues(html: string): string[] {
  const values: string[] = [];
  for (const [, attribute, quoted, bare] of html.matchAll(
    /\s(href|src|srcset)=(?:"([^"]*)"|([^\s">]+))/g,
  )) {
    const value = decode(quoted ?? bare ?? '');
    if (attribute === 'srcset')
      values.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0]));
    else values.push(value);
  }
  return values;
}

describe(`a fork built with ATLAS_BASE=${BASE} and its own repository`, () => {
  let site: SiteCopy;
  let distDir: string;
  let siteUrl: string;
  let close: (() => Promise<void>) | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    site = fixtureSite('small-site');
    const { code, output } = await site.exec('astro', ['build'], FORK);
    if (code !== 0) throw new Error(`the build under ${BASE} failed:\n${output.slice(-4000)}`);
    distDir = join(site.dir, 'dist');
    const server = await serveStatic(distDir, BASE);
    siteUrl = server.url;
    close = server.close;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
    site?.remove();
  });

  it('every root-relative href and src in every page starts with the base path and answers 200', async () => {
    const pages = builtFiles(distDir, '.html');
    const expected = expectedPages();
    // Every page of every collection was built (the fixture has a few entries of each).
    const built = new Set(pages.map(([page]) => sitePath(page.replace(/(^|\/)index\.html$/, ''))));
    expect(
      expected.filter((page) => !built.has(page)),
      'pages missing from the build',
    ).toEqual([]);
    expect(pages.length).toBeGreaterThanOrEqual(expected.length);
    const outside = new Map<string, string>();
    const targets = new Map<string, string>();
    for (const [page, html] of pages) {
      for (const value of linkValues(html)) {
        if (!value.startsWith('/') || value.startsWith('//')) continue;
        if (value !== BASE && !value.startsWith(`${BASE}/`)) outside.set(`${page}: ${value}`, page);
        else targets.set(value.split('#')[0].split('?')[0], page);
      }
    }
    expect([...outside.keys()].slice(0, 20), 'links without the base path').toEqual([]);

    const origin = new URL(siteUrl).origin;
    const broken: string[] = [];
    const queue = [...targets];
    // A few requests at a time: the server is local, but hundreds at once only add noise.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const [path, page] = next;
          const res = await fetch(new URL(path, origin));
          await res.arrayBuffer();
          if (res.status !== 200) broken.push(`${page}: ${path} → ${res.status}`);
        }
      }),
    );
    expect(broken.sort().slice(0, 20), 'links that do not resolve').toEqual([]);
    // Every page is linked from somewhere (the sidebar at least), so every page was fetched above.
    const unlinked = expected.map((page) => `${BASE}${page}`).filter((page) => !targets.has(page));
    expect(unlinked, 'pages no link leads to').toEqual([]);
  });

  it('url() references in the built CSS carry the base path', () => {
    const offenders = builtFiles(distDir, '.css').flatMap(([file, css]) =>
      [...css.matchAll(/url\((['"]?)(\/[^)'"]*)\1\)/g)]
        .map((m) => m[2])
        .filter((url) => !url.startsWith(`${BASE}/`))
        .map((url) => `${file}: ${url}`),
    );
    expect(offenders).toEqual([]);
  });

  it('pages load every asset, and search finds a topic, under the base path in a browser', async () => {
    browser = await useBrowser();
    const failures: string[] = [];
    for (const path of [
      '',
      'topics/apache-kafka/',
      'plans/senior-study-plan-2025/week-1/',
      'checklists/',
      'guides/senior-resources/outline/',
    ]) {
      const { page, errors } = await watchedPage(browser);
      page.on('response', (res) => {
        if (res.status() >= 400) failures.push(`${path}: ${res.url()} → ${res.status()}`);
      });
      const res = await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
      expect(res?.status(), path).toBe(200);
      failures.push(...errors.map((e) => `${path}: console: ${e}`));
      if (path === '') {
        // Pagefind loads its index from <base>/pagefind/: a wrong base path leaves the dialog empty.
        await page.locator('atlas-search-box button[data-open-search]').first().click();
        await page.locator('dialog[open] .pagefind-ui__search-input').fill('Kafka');
        const result = page.locator('dialog[open] .pagefind-ui__result-link').first();
        await result.waitFor({ timeout: 15_000 });
        expect(new URL((await result.getAttribute('href'))!, siteUrl).pathname).toMatch(
          new RegExp(`^${BASE}/`),
        );
      }
      await page.context().close();
    }
    expect(failures).toEqual([]);
  });

  it('edit links point at the configured repository and branch, at files that exist', () => {
    const editBase = `${FORK.ATLAS_REPOSITORY}/edit/${FORK.ATLAS_BRANCH}/`;
    const checked = new Set<string>();
    const wrong: string[] = [];
    for (const [page, html] of builtFiles(distDir, '.html')) {
      for (const value of linkValues(html)) {
        if (!/\/edit\//.test(value) || !value.startsWith('https://github.com/')) continue;
        if (!value.startsWith(editBase)) wrong.push(`${page}: ${value}`);
        else if (!existsSync(join(site.dir, value.slice(editBase.length))))
          wrong.push(`${page}: ${value} (no such file)`);
        checked.add(page);
      }
    }
    expect(wrong).toEqual([]);
    for (const page of [
      'topics/apache-kafka/index.html',
      'plans/senior-study-plan-2025/week-1/index.html',
      'guides/senior-resources/outline/index.html',
    ]) {
      expect(checked.has(page), page).toBe(true);
    }
  });

  it('canonical URLs and the sitemap use the configured site and base', () => {
    const home = readFileSync(join(distDir, 'index.html'), 'utf8');
    expect(home).toMatch(new RegExp(`<title>[^<]*${FORK.ATLAS_TITLE}</title>`));
    const topic = readFileSync(join(distDir, 'topics', 'apache-kafka', 'index.html'), 'utf8');
    expect(topic).toMatch(
      new RegExp(`<link rel="canonical" href="${FORK.ATLAS_SITE}${BASE}/topics/apache-kafka/"`),
    );
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const expectedLocs = expectedPages().map((page) => `${FORK.ATLAS_SITE}${BASE}${page}`);
    expect(
      expectedLocs.filter((loc) => !locs.includes(loc)),
      'pages missing from the sitemap',
    ).toEqual([]);
    expect(locs.filter((loc) => !loc.startsWith(`${FORK.ATLAS_SITE}${BASE}/`))).toEqual([]);
    // The offline fallback page is built and served, but it stands in for pages not saved
    // offline: no page for a crawler to list.
    expect(existsSync(join(distDir, 'offline', 'index.html'))).toBe(true);
    expect(locs).not.toContain(`${FORK.ATLAS_SITE}${BASE}/offline/`);
  });

  it('llms.txt, llms-full.txt and the Markdown files address pages on the configured site and base', async () => {
    const check = checkLlmsOutput(site.dir, distDir, { base: BASE, site: FORK.ATLAS_SITE });
    expect(check.problems).toEqual([]);
    expect(check.entries.length).toBeGreaterThan(5);
    expect(check.llmsTxt).toContain(`# ${FORK.ATLAS_TITLE}\n`);
    expect(check.llmsTxt).toContain(`(${FORK.ATLAS_SITE}${BASE}/llms-full.txt)`);
    // Links inside a body carry the base path too.
    const checklist = readFileSync(
      join(distDir, 'checklists', 'senior-resources-readiness', 'index.md'),
      'utf8',
    );
    expect(checklist).toContain(`](${FORK.ATLAS_SITE}${BASE}/guides/senior-resources/outline/)`);
    expect(checklist).not.toMatch(/\]\(\//);
    // Each page listed is served under the base path, and so is its Markdown.
    const origin = new URL(siteUrl).origin;
    for (const url of [...check.llmsTxt.matchAll(/\]\((https:[^)]+)\)/g)].map((m) => m[1])) {
      const path = new URL(url).pathname;
      for (const target of [path, path.endsWith('/') ? `${path}index.md` : path]) {
        const res = await fetch(new URL(target, origin));
        await res.arrayBuffer();
        expect(res.status, target).toBe(200);
      }
    }
  });
});
