import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntries } from '../../scripts/lib/content-reader';
import { contentModel, type ContentCollection } from '../../src/content-model';
import { DOCUMENT_COLLECTIONS } from '../../src/llms/documents';

/**
 * Reads a build's /llms.txt, /llms-full.txt and Markdown files against the content they were
 * made from (read straight from the content files, not through the code that wrote them), and
 * says what is wrong. Shared by the main build's test and the sub-path build's.
 */
export interface LlmsCheck {
  /** Entries expected, as `collection/id`. */
  entries: string[];
  /** Every problem found, one line each. */
  problems: string[];
  llmsTxt: string;
  llmsFull: string;
}

/** Paragraphs of a body a reader sees as written: no site link (rewritten for the base path), no heading. */
const plainParagraphs = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !/\]\(\/|\]:\s*\/|^\s*#/m.test(p));

export function checkLlmsOutput(
  root: string,
  dist: string,
  where: { base: string; site?: string },
): LlmsCheck {
  const prefix = `${where.site ?? ''}${where.base === '/' ? '' : where.base}`;
  const llmsTxt = readFileSync(join(dist, 'llms.txt'), 'utf8');
  const llmsFull = readFileSync(join(dist, 'llms-full.txt'), 'utf8');
  const problems: string[] = [];
  if (!/^# .+\n\n> .+\n/.test(llmsTxt))
    problems.push('llms.txt: no H1 title and blockquote summary');
  const listed = new Set(
    [...llmsTxt.matchAll(/^- \[(?:[^\]\\]|\\.)+\]\(([^)]+)\): \S.*$/gm)].map((m) => m[1]),
  );
  const entries = readEntries(root, { collections: [...DOCUMENT_COLLECTIONS] });
  for (const entry of entries) {
    const name = `${entry.collection}/${entry.id}`;
    const path = contentModel[entry.collection as ContentCollection].entryPath(entry.id);
    const title = String(entry.data.title);
    if (!listed.has(`${prefix}${path}`)) problems.push(`${name}: not listed as ${prefix}${path}`);
    if (!existsSync(join(dist, path, 'index.html'))) problems.push(`${name}: no page at ${path}`);
    const mdFile = join(dist, path, 'index.md');
    if (!existsSync(mdFile)) {
      problems.push(`${name}: no ${path}index.md`);
      continue;
    }
    const md = readFileSync(mdFile, 'utf8');
    if (!md.startsWith('# ') || !md.includes(title)) problems.push(`${name}: .md lacks its title`);
    if (!md.includes(`<${prefix}${path}>`)) problems.push(`${name}: .md lacks its address`);
    if (/^---$/m.test(md.split('\n').slice(0, 3).join('\n')) || md.includes('src/content/'))
      problems.push(`${name}: .md shows frontmatter or a file path`);
    const paragraphs = plainParagraphs(entry.body);
    for (const paragraph of paragraphs)
      if (!md.includes(paragraph)) problems.push(`${name}: .md lacks "${paragraph.slice(0, 60)}"`);
    const heading = llmsFull.split('\n').some((l) => l.startsWith('## ') && l.includes(title));
    if (!heading) problems.push(`${name}: not in llms-full.txt`);
    for (const paragraph of paragraphs)
      if (!llmsFull.includes(paragraph))
        problems.push(`${name}: llms-full.txt lacks "${paragraph.slice(0, 60)}"`);
  }
  for (const url of listed)
    if (!url.startsWith(`${prefix}/`)) problems.push(`llms.txt: ${url} is not under ${prefix}/`);
  return {
    entries: entries.map((e) => `${e.collection}/${e.id}`),
    problems,
    llmsTxt,
    llmsFull,
  };
}
