import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { useBrowser } from './setup/browser';
import { serveStatic } from './setup/static-server';
import { build, fixture } from '../fixtures/run';
import { parsedHtml } from '../support/page-text';

// A private copy (tests/fixtures/run.ts): the pages a test adds never touch the repository.
const FIXTURE = fixture('content-policy');
const DOCS = join(FIXTURE, 'src/content/docs');

/** Builds the fixture site (with `extra` pages added for this build only); never throws. */
async function buildFixture(extra: Record<string, string>, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-policy-'));
  const added = Object.entries(extra).map(([name, text]) => {
    const path = join(DOCS, name);
    writeFileSync(path, text);
    return path;
  });
  try {
    const { code, output } = await build(FIXTURE, { ...env, ATLAS_FIXTURE_OUT: outDir });
    return { code, output, outDir };
  } finally {
    for (const path of added) rmSync(path, { force: true });
  }
}

const ATTACKS = [
  '---',
  'title: Attacks',
  '---',
  '',
  'A [link](javascript:alert(1)) in a sentence.',
  '',
  '<script>window.pwned = true</script>',
  '',
  '<img src="/x.png" onerror="window.pwned = true">',
  '',
  '<iframe src="https://example.com/"></iframe>',
  '',
  '[ref]: vbscript:msgbox',
  '',
].join('\n');

const MDX_ATTACKS = [
  '---',
  'title: MDX attacks',
  '---',
  '',
  '{<script>{"window.pwned = true"}</script>}',
  '',
  '<iframe src="https://example.com/" />',
  '',
  '<Fragment set:html="<script>window.pwned = true</script>" />',
  '',
].join('\n');

// A directive that would loosen Mermaid's security, HTML in labels and a javascript: click link.
const HOSTILE_DIAGRAM = [
  '---',
  'title: Diagram',
  '---',
  '',
  '```mermaid',
  '%%{init: {"securityLevel": "loose", "flowchart": {"htmlLabels": true}}}%%',
  'flowchart LR',
  '  A["<img src=x onerror=alert(1)>label"] --> B["<b>bold</b> and <script>alert(2)</script>"]',
  '  click A href "javascript:alert(3)"',
  '  click B "https://example.com/"',
  '```',
  '',
].join('\n');

describe('content cannot run code in a reader’s browser', () => {
  let browser: Browser;
  const outDirs: string[] = [];
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('the build refuses each script, handler, frame and unsafe URL, with file and line', async () => {
    const { code, output, outDir } = await buildFixture({ 'attacks.md': ATTACKS });
    outDirs.push(outDir);
    expect(code).not.toBe(0);
    const file = 'src/content/docs/attacks.md';
    expect(output).toMatch(
      new RegExp(`${file}:5:\\d+: link URL with scheme "javascript:" is not allowed`),
    );
    expect(output).toContain(`${file}:7:1: <script> is not allowed in content`);
    expect(output).toContain(
      `${file}:9:1: <img onerror> is not allowed: event-handler attributes run script`,
    );
    expect(output).toContain(`${file}:11:1: <iframe> is not allowed in content`);
    expect(output).toMatch(new RegExp(`${file}:13:\\d+: link URL with scheme "vbscript:"`));
    // Says what is allowed instead.
    expect(output).toMatch(/allowed elements: a, abbr, b, br/);
  }, 120_000);

  it('an .mdx page is held to the same allowlist, elements built inside braces included', async () => {
    const { code, output, outDir } = await buildFixture({ 'attacks.mdx': MDX_ATTACKS });
    outDirs.push(outDir);
    expect(code).not.toBe(0);
    const file = 'src/content/docs/attacks.mdx';
    expect(output).toContain(`${file}:5:1: an element inside {…} is not allowed in content`);
    expect(output).toContain(`${file}:7:1: <iframe> is not allowed in content`);
    expect(output).toContain(`${file}:9:1: <Fragment set:html>: raw HTML handed to a component`);
  }, 120_000);

  it('a diagram cannot loosen Mermaid’s security, and its labels and links stay inert', async () => {
    const { code, output, outDir } = await buildFixture({ 'diagram.md': HOSTILE_DIAGRAM });
    outDirs.push(outDir);
    expect(code, output).toBe(0);
    const page = parsedHtml(readFileSync(join(outDir, 'diagram/index.html'), 'utf8'));
    const [figure] = page.elements(
      (e) => e.tagName === 'figure' && e.properties.dataDiagram !== undefined,
    );
    expect(figure).toBeDefined();
    // Labels are drawn as SVG text: no element comes out of them, and their words are there.
    expect(
      page.elements((e) => ['img', 'script', 'foreignObject', 'b'].includes(e.tagName), figure),
    ).toEqual([]);
    expect(page.textOf(figure)).toMatch(/label[\s\S]*bold/);
    const links = page.elements((e) => e.tagName === 'a', figure).map((a) => a.properties.href);
    expect(links).toContain('https://example.com/');
    expect(links.filter((href) => /^\s*javascript:/i.test(String(href)))).toEqual([]);
    expect(page.elements((e) => Object.keys(e.properties).some((p) => /^on/i.test(p)))).toEqual([]);
  }, 120_000);

  it('a script that gets past the Markdown checks still fails the build, naming the page and its file', async () => {
    const { code, output, outDir } = await buildFixture(
      { 'slipped.md': '---\ntitle: Slipped\n---\n\n<script>window.slipped = true</script>\n' },
      { ATLAS_POLICY_PLUGINS: 'off' },
    );
    outDirs.push(outDir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /1 inline script\(s\) on built pages were not emitted by the site's components/,
    );
    expect(output).toContain('slipped/index.html (from src/content/docs/slipped.md)');
  }, 120_000);

  it('allowed HTML builds, and under the policy only the site’s own scripts run', async () => {
    const { code, output, outDir } = await buildFixture({});
    outDirs.push(outDir);
    expect(code, output).toBe(0);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
    );
    // A page as it would be if something had slipped into it after every build-time check.
    const injected = html.replace(
      '</main>',
      '<script>window.pwned = "inline"</script><img src="/none.png" onerror="window.pwned = \'handler\'"><a id="js" href="javascript:window.pwned=\'link\'">x</a></main>',
    );
    expect(injected).not.toBe(html);
    writeFileSync(join(outDir, 'injected.html'), injected);
    const server = await serveStatic(outDir, '/');
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
      });
      await page.goto(`${server.url}injected.html`, { waitUntil: 'load' });
      await page.click('#js').catch(() => undefined);
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { pwned?: string }).pwned,
        // Starlight's own inline script defines this: the site's scripts still run.
        themeProvider: typeof (window as unknown as { StarlightThemeProvider?: unknown })
          .StarlightThemeProvider,
        theme: document.documentElement.dataset.theme,
      }));
      expect(state.pwned).toBeUndefined();
      expect(state.themeProvider).toBe('object');
      expect(state.theme).toMatch(/^(light|dark)$/);
      expect(violations.length).toBeGreaterThanOrEqual(2);
      await context.close();
    } finally {
      await server.close();
    }
  }, 120_000);
});

/** Every HTML file of the built site, as paths relative to `dist`. */
function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
}

describe('the built site’s Content-Security-Policy', () => {
  it('trusts on each page exactly the inline scripts that page carries, and no other page’s', () => {
    const dist = inject('distDir');
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(150);
    const problems: string[] = [];
    const everyHash = new Set<string>();
    let mostOnAPage = 0;
    for (const page of pages) {
      const { elements, textOf } = parsedHtml(readFileSync(join(dist, page), 'utf8'));
      // What the browser would run inline: a <script> with no src whose type is JavaScript.
      const own = elements(
        (e) =>
          e.tagName === 'script' &&
          e.properties.src === undefined &&
          [undefined, 'module', 'text/javascript'].includes(e.properties.type?.toString()),
      ).map((e) => `'sha256-${createHash('sha256').update(textOf(e)).digest('base64')}'`);
      own.forEach((h) => everyHash.add(h));
      const [meta] = elements(
        (e) => e.tagName === 'meta' && String(e.properties.httpEquiv) === 'Content-Security-Policy',
      );
      const scriptSrc = String(meta?.properties.content ?? '')
        .split(';')
        .find((d) => d.trim().startsWith('script-src'));
      const trusted = (scriptSrc?.match(/'sha256-[^']+'/g) ?? []).sort();
      const expected = [...new Set(own)].sort();
      mostOnAPage = Math.max(mostOnAPage, trusted.length);
      if (JSON.stringify(trusted) !== JSON.stringify(expected))
        problems.push(
          `${page}: trusts ${trusted.length} hashes, carries ${expected.length} inline scripts`,
        );
    }
    expect(problems).toEqual([]);
    // Pages differ in their inline scripts (the plan pages' dates, the progress page's own), so a
    // page that trusted every page's scripts would have failed above.
    expect(everyHash.size).toBeGreaterThan(mostOnAPage);
  });
});
