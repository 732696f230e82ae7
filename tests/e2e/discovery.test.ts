import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { useBrowser, watchedPage } from './setup/browser';

const visibleCards = (page: Page) =>
  page
    .locator('.project-card:visible')
    .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.project!));

describe('project catalog', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('filters by level, topic and tool, sorts by number, and keeps the filters in the address', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(new URL('projects/', inject('siteUrl')).href);
    const all = await visibleCards(page);
    expect(all.length).toBeGreaterThanOrEqual(40);

    await page.getByLabel('Level').selectOption('expert');
    expect(await visibleCards(page)).toEqual([
      '27-real-time-fraud-detection-system',
      '28-multi-region-data-replication',
      '29-data-governance-and-compliance-platform',
      '30-enterprise-data-platform',
    ]);
    await page.getByLabel('Topic').selectOption('apache-flink');
    expect(await visibleCards(page)).toEqual(['27-real-time-fraud-detection-system']);
    await expect.poll(() => page.url()).toMatch(/\?level=expert&topic=apache-flink$/);
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('.project-card:not([hidden])').length >= 40,
    );

    await page.getByLabel('Tool').selectOption('postgresql');
    const withPostgres = await visibleCards(page);
    expect(withPostgres).toContain('01-csv-to-postgresql-loader');
    expect(withPostgres).not.toContain('22-stream-processing-with-flink');

    await page.getByLabel('Tool').selectOption('');
    await page.getByLabel('Order').selectOption('number');
    const byNumber = await visibleCards(page);
    expect(byNumber.slice(0, 3)).toEqual([
      '01-csv-to-postgresql-loader',
      'study-plan-p1-log-etl-analytics-postgres',
      '02-web-scraping-pipeline',
    ]);
    expect(await page.locator('[data-catalog-count]').textContent()).toMatch(/by number/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript is a plain list grouped by level', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('projects/', inject('siteUrl')).href);
    expect(await page.locator('[data-catalog-filters]').isVisible()).toBe(false);
    expect(await page.locator('main h2').allTextContents()).toEqual(
      ['Beginner (10)', 'Intermediate (10)', 'Advanced (16)', 'Expert (4)'].map((t): unknown =>
        expect.stringMatching(t.replace(/[()]/g, '\\$&')),
      ),
    );
    expect(await page.locator('.project-card').count()).toBeGreaterThanOrEqual(40);
    await context.close();
  });
});

describe('diagrams are accessible', () => {
  const pages = (): Array<[string, string]> => {
    const dist = inject('distDir');
    const out: Array<[string, string]> = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name === 'index.html')
          out.push([relative(dist, path), readFileSync(path, 'utf8')]);
      }
    };
    walk(dist);
    return out;
  };

  it('every diagram, hand-written or generated, has a title and a description', () => {
    const missing: string[] = [];
    let diagrams = 0;
    for (const [path, html] of pages()) {
      for (const [svg] of html.matchAll(/<svg[^>]*aria-roledescription[\s\S]*?<\/svg>/g)) {
        diagrams++;
        if (!/<title[^>]*>[^<]+<\/title>/.test(svg) || !/<desc[^>]*>[^<]+<\/desc>/.test(svg))
          missing.push(path);
      }
    }
    // One SVG per diagram: 97 of them on the site today.
    expect(diagrams).toBeGreaterThan(90);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('generated diagrams have the same facts beside them as text', () => {
    const dist = inject('distDir');
    const topic = readFileSync(join(dist, 'topics/apache-kafka/index.html'), 'utf8');
    expect(topic).toMatch(
      /class="generated-diagram[\s\S]*<details class="generated-diagram__text[\s\S]*Related topics/,
    );
    // A plan's weeks are listed once, in its week table: no generated timeline restates them.
    const plan = readFileSync(join(dist, 'plans/senior-study-plan-2025/index.html'), 'utf8');
    expect(plan.match(/<table class="week-table/g)).toHaveLength(1);
    expect(plan).not.toMatch(/class="generated-diagram/);
    const map = readFileSync(join(dist, 'map/index.html'), 'utf8');
    // The map's levels are a table and one section each: no ladder diagram restates their counts.
    expect(map).not.toMatch(/class="generated-diagram/);
    expect(map).toMatch(/<table[\s\S]*<ul class="map-level__list/);
  });
});

describe('practice catalog', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  const shown = (page: Page) =>
    page
      .locator('[data-exercise-card]:visible')
      .evaluateAll((cards) => cards.map((c) => c.querySelector('a')!.getAttribute('href')!));

  it('takes its filters from the address, keeps them there, and Clear shows every exercise', async () => {
    const { page, errors } = await watchedPage(browser);
    const url = new URL('practice/', inject('siteUrl')).href;
    await page.goto(url);
    // What each card says of itself, read before any filter: the expected answers.
    const cards = await page.locator('[data-exercise-card]').evaluateAll((all) =>
      all.map((c) => ({
        href: c.querySelector('a')!.getAttribute('href')!,
        level: (c as HTMLElement).dataset.level!,
        topics: (c as HTMLElement).dataset.topics!.split(' '),
      })),
    );
    expect(cards.length).toBeGreaterThanOrEqual(40);
    const topic = cards.find((c) => c.level === 'intermediate')!.topics[0];
    const expected = cards
      .filter((c) => c.level === 'intermediate' && c.topics.includes(topic))
      .map((c) => c.href);

    await page.goto(`${url}?level=intermediate&topic=${topic}`);
    expect(await page.getByLabel('Level').inputValue()).toBe('intermediate');
    expect(await shown(page)).toEqual(expected);
    expect(await page.locator('[data-practice-count]').textContent()).toMatch(
      new RegExp(`^${expected.length} of ${cards.length} exercises match`),
    );

    await page.getByLabel('Level').selectOption('');
    await expect.poll(() => page.url()).toBe(`${url}?topic=${topic}`);
    expect(await shown(page)).toEqual(
      cards.filter((c) => c.topics.includes(topic)).map((c) => c.href),
    );
    await page.getByRole('button', { name: 'Clear' }).click();
    // Every exercise may already have been shown (when all of them practise the topic), so the
    // address, which Clear empties, is what says the click has been handled.
    await expect.poll(() => page.url()).toBe(url);
    expect(await shown(page)).toHaveLength(cards.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
