import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/**
 * What a learner meets carries nothing of how the atlas is made: no placeholder address, no path
 * of a content file and no source document's file name (those belong on the About/Sources pages,
 * which say where each part of a document went).
 */

/**
 * Text files a reader can open or download: pages (print views are pages), calendars, sitemaps,
 * llms.txt and the Markdown of each page.
 */
const READER_FILES = new Set(['.html', '.ics', '.xml', '.md', '.txt', '.json']);
/** Pagefind's index is derived from the pages themselves; scanning its shards adds nothing. */
const SKIPPED_DIRS = new Set(['pagefind', '_astro']);

function builtFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) walk(file);
      } else if (READER_FILES.has(extname(name))) out.push(file);
    }
  };
  walk(dist);
  return out;
}

const SEED_FILE = /\b00\d_[0-9a-f]{16}\.txt\b/;
/** The pages that describe the source documents, where naming a document's file is the point. */
const aboutSources = (path: string) => /^(about|sources)\//.test(path);

describe('no internals in the built site', () => {
  const dist = inject('distDir');
  const files = builtFiles(dist).map((file) => ({
    path: relative(dist, file).split('\\').join('/'),
    text: readFileSync(file, 'utf8'),
  }));

  it('scans the pages, print views and calendars', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toContain('index.html');
    expect(paths).toContain('plans/learning-path-10-week/print/index.html');
    expect(paths).toContain('checklists/print/index.html');
    expect(paths.filter((p) => p.endsWith('.ics')).length).toBeGreaterThan(0);
    // What tools read: the llms.txt pair and each content page's Markdown.
    expect(paths).toContain('llms.txt');
    expect(paths).toContain('llms-full.txt');
    expect(paths).toContain('topics/apache-kafka/index.md');
    expect(files.length).toBeGreaterThan(150);
  });

  // Worked examples may use the reserved example domains (RFC 2606) in their code: a placeholder
  // is one the site itself writes (canonical links, sitemap, calendars, print footers).
  it('names no placeholder address anywhere but in code examples', () => {
    const withoutCode = (text: string) =>
      text
        .replace(/<pre[\s\S]*?<\/pre>/g, '')
        .replace(/<code[\s\S]*?<\/code>/g, '')
        // The copy button of a code block carries the code too.
        .replace(/data-code="[^"]*"/g, '');
    // The Markdown files (and llms-full.txt) carry the same code as fenced blocks and `code`.
    const withoutMarkdownCode = (text: string) =>
      text.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/`[^`\n]*`/g, '');
    const prose = (f: { path: string; text: string }) =>
      /\.(md|txt)$/.test(f.path) ? withoutMarkdownCode(f.text) : withoutCode(f.text);
    expect(files.filter((f) => /example\.(org|com)/.test(prose(f))).map((f) => f.path)).toEqual([]);
  });

  it('shows no content file path', () => {
    expect(files.filter((f) => f.text.includes('src/content/')).map((f) => f.path)).toEqual([]);
  });

  it('names a source document file only on the About/Sources pages', () => {
    const named = files.filter((f) => SEED_FILE.test(f.text)).map((f) => f.path);
    expect(named.filter((p) => !aboutSources(p))).toEqual([]);
    // The Sources pages still say which file each document is.
    expect(named.some(aboutSources)).toBe(true);
  });

  it('emits no canonical link or sitemap without a configured site address', () => {
    const home = files.find((f) => f.path === 'index.html')!.text;
    expect(home).not.toMatch(/rel="canonical"/);
    expect(files.some((f) => f.path.startsWith('sitemap'))).toBe(false);
  });

  it('offers an edit link only where a repository is configured', () => {
    expect(files.filter((f) => f.text.includes('/edit/main/')).map((f) => f.path)).toEqual([]);
  });
});
