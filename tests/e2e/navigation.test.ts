import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { readCollectionFiles } from '../../scripts/lib/content-reader';
import { useBrowser, watchedPage } from './setup/browser';

/** Every built page with its sidebar (`<nav class="sidebar">`, nested navs counted), if it has one. */
function builtPages(): Array<{ path: string; html: string; sidebar?: string }> {
  const dist = inject('distDir');
  const out: Array<{ path: string; html: string; sidebar?: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name === 'index.html') {
        const html = readFileSync(file, 'utf8');
        const start = html.search(/<nav\b[^>]*class="sidebar\b/);
        let sidebar: string | undefined;
        if (start >= 0) {
          const tags = /<(\/?)nav\b[^>]*>/g;
          tags.lastIndex = start;
          let depth = 0;
          for (let m; (m = tags.exec(html));) {
            depth += m[1] ? -1 : 1;
            if (depth === 0) {
              sidebar = html.slice(start, tags.lastIndex);
              break;
            }
          }
        }
        out.push({
          path: `/${relative(dist, dir).split('\\').join('/')}${dir === dist ? '' : '/'}`,
          html,
          sidebar,
        });
      }
    }
  };
  walk(dist);
  return out;
}

const content = (collection: string) =>
  readCollectionFiles(join(process.cwd(), 'src/content', collection));

describe('scoped navigation in the build', () => {
  const pages = builtPages();
  const withSidebar = pages.filter((p) => p.sidebar !== undefined);

  it("keeps the sidebar within 10 KiB on the median page, and no page carries another section's entries", () => {
    const sizes = withSidebar.map((p) => Buffer.byteLength(p.sidebar!)).sort((a, b) => a - b);
    expect(withSidebar.length).toBeGreaterThan(150);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(10 * 1024);
    const offSection = withSidebar.filter(
      (p) => !p.path.startsWith('/topics/') && /href="\/topics\/[a-z0-9-]+\/"/.test(p.sidebar!),
    );
    expect(offSection.map((p) => p.path)).toEqual([]);
  });

  it('lists every section on every page, and marks the current page', () => {
    const sections = [
      'Start here',
      'Plans',
      'Projects',
      'Topics',
      'Checklists',
      'Templates',
      'Reading lists',
      'Guides',
      'About',
    ];
    for (const page of withSidebar) {
      for (const label of sections)
        expect(page.sidebar, `${page.path} ${label}`).toContain(`>${label}</span>`);
    }
    const kafka = withSidebar.find((p) => p.path === '/topics/apache-kafka/')!;
    expect(kafka.sidebar).toMatch(/<a href="\/topics\/apache-kafka\/" aria-current="page"/);
    expect(kafka.sidebar!.match(/aria-current="page"/g)).toHaveLength(1);
  });

  it("shows a plan week its own plan's weeks, and the other plans as one link each", () => {
    const week = withSidebar.find(
      (p) => p.path === '/plans/senior-study-plan-2025/week-2/',
    )!.sidebar!;
    const weeks = content('weeks').filter((w) => w.data.plan === 'senior-study-plan-2025');
    for (const w of weeks)
      expect(week).toContain(`href="/plans/senior-study-plan-2025/week-${String(w.data.number)}/"`);
    expect(week).not.toMatch(/href="\/plans\/learning-path-10-week\/week-/);
    expect(week).toContain('href="/plans/learning-path-10-week/"');
  });
});

describe('prev/next and the mobile menu in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('prev/next walk each section in reading order, and its last page leads back to its first', async () => {
    const { page, errors } = await watchedPage(browser);
    const links = async (path: string) => {
      await page.goto(new URL(path, inject('siteUrl')).href);
      // Read once the page has loaded: a missing link is null, with no wait that a busy machine misses.
      return page.evaluate(() =>
        ['prev', 'next'].map(
          (rel) =>
            document.querySelector(`.pagination-links a[rel="${rel}"]`)?.getAttribute('href') ??
            null,
        ),
      );
    };
    expect(await links('plans/senior-study-plan-2025/week-2/')).toEqual([
      '/plans/senior-study-plan-2025/week-1/',
      '/plans/senior-study-plan-2025/week-3/',
    ]);
    // The start section ends at the map, which leads back home rather than into the plans.
    expect(await links('map/')).toEqual(['/progress/', '/']);
    // About's first page has nothing before it: the guides are another section.
    expect(await links('about/using-the-atlas/')).toEqual([null, '/sources/']);
    expect(await links('topics/')).toEqual([null, expect.stringMatching(/^\/topics\/.+\/$/)]);
    expect(await links('plans/senior-study-plan-2025/print/')).toEqual([null, null]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the practice exercises run from the catalog to the last one and back, never into another section', () => {
    const pagination = (path: string) => {
      const html = readFileSync(join(inject('distDir'), path, 'index.html'), 'utf8');
      const found = (rel: string) =>
        new RegExp(
          `<a href="([^"]*)" rel="${rel}"[^>]*>[\\s\\S]*?<span class="link-title[^"]*">([^<]*)</span>`,
        ).exec(html);
      const [prev, next] = [found('prev'), found('next')];
      return { prev: prev?.[1], next: next?.[1], nextLabel: next?.[2] };
    };
    expect(pagination('practice').prev).toBeUndefined();
    // Follow "next" from the catalog through every exercise.
    const seen: string[] = [];
    let at = pagination('practice').next;
    while (at && at !== '/practice/' && !seen.includes(at)) {
      expect(at).toMatch(/^\/practice\/[^/]+\/$/);
      seen.push(at);
      at = pagination(at.slice(1, -1)).next;
    }
    expect(at).toBe('/practice/');
    expect(seen).toHaveLength(content('exercises').length);
    const last = pagination(seen.at(-1)!.slice(1, -1));
    expect(last.nextLabel).toBe('All exercises');
  });

  it('on a 390 px phone, the menu opens, shows the section, and switches to another section', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(new URL('topics/apache-kafka/', inject('siteUrl')).href);
    const sidebar = page.locator('#starlight__sidebar');
    expect(await sidebar.isVisible()).toBe(false);
    await page.locator('button[popovertarget="starlight__sidebar"]').click();
    await expect.poll(() => sidebar.isVisible()).toBe(true);
    expect(await sidebar.locator('a[aria-current="page"]').textContent()).toContain('Apache Kafka');
    await sidebar.getByRole('link', { name: 'Projects', exact: true }).click();
    await page.waitForURL(/\/projects\/$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('learning map', () => {
  it('links every project and every topic it practises, and stays small', () => {
    const html = readFileSync(join(inject('distDir'), 'map/index.html'), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const projects = content('projects');
    expect(projects.length).toBeGreaterThan(30);
    for (const p of projects) {
      const item = new RegExp(
        `<li class="map-project[^"]*"[^>]*><a class="map-project__title[^"]*" href="/projects/${p.id}/"[\\s\\S]*?</li></ul>|<li class="map-project[^"]*"[^>]*><a class="map-project__title[^"]*" href="/projects/${p.id}/"[^<]*</a>\\s*</li>`,
      );
      const found = item.exec(main)?.[0];
      expect(found, p.id).toBeDefined();
      for (const t of (p.data.topics as string[] | undefined) ?? [])
        expect(found, `${p.id} → ${t}`).toContain(`href="/topics/${t}/"`);
    }
    expect(Buffer.byteLength(html)).toBeLessThan(400 * 1024);
  });
});
