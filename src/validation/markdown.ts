/**
 * Markdown and MDX problems, located in the file a writer edits: MDX that does not parse, images
 * that are not there, and anything a remark or rehype plugin throws. Astro's own errors for these
 * ("Could not find requested image …", "Expected a closing tag for `<div>` (5:1-5:6)") do not
 * name the content file, so the checks run here, as the content loads, with the file in hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { VFile } from 'vfile';
import { recordProblem, type ContentProblem } from './problems';

/** Lines the frontmatter takes in the file on disk (Astro hands plugins the body only). */
export function frontmatterLines(text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return end === -1 ? 0 : end + 1;
}

const mdxParser = createProcessor({ format: 'mdx' });

/** The MDX syntax error of `text`, if any, at its line in the file. */
export function mdxSyntaxProblem(file: string, text: string): ContentProblem | undefined {
  const offset = frontmatterLines(text);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  // Blank out the frontmatter rather than cut it, so the parser's lines are the file's lines.
  const body = lines.map((line, i) => (i < offset ? '' : line)).join('\n');
  try {
    mdxParser.parse(body);
    return undefined;
  } catch (error) {
    const e = error as {
      reason?: string;
      message?: string;
      line?: number;
      place?: { line?: number; start?: { line?: number } };
    };
    // Errors at the end of the file ("Expected a closing tag …") give the opening tag's place
    // only in their text, as "(7:1-7:6)".
    const quoted = /\((\d+):\d+-\d+:\d+\)/.exec(e.reason ?? '')?.[1];
    const line =
      e.line ?? e.place?.line ?? e.place?.start?.line ?? (quoted ? Number(quoted) : undefined);
    return {
      file,
      line: line ?? undefined,
      field: 'MDX',
      message: `${e.reason ?? e.message} (MDX is JSX: close every tag, e.g. <div>…</div>, and write a literal < or { as \\< or \\{)`,
    };
  }
}

const IMAGE =
  /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)|<img\b[^>]*\bsrc=["']([^"']+)["']/g;

/** Images a Markdown body points at by relative path that do not exist next to the file. */
export function missingImages(root: string, file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    for (const match of lineText.matchAll(IMAGE)) {
      const src = match[1] ?? match[2] ?? '';
      // Remote, site-absolute and data URLs are not files of the content.
      if (!src || /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src)) continue;
      const path = decodeURI(src.split(/[?#]/)[0]);
      if (existsSync(join(root, dirname(file), path))) continue;
      problems.push({
        file,
        line: index + 1,
        field: `image ${src}`,
        message: `image file not found (looked for ${relative(root, join(root, dirname(file), path))}; image paths are relative to this file: add the image or fix the path)`,
      });
    }
  });
  return problems;
}

// Any remark/rehype plugin: whatever its `this`, options and transformer, it is only passed
// through (`never` parameters accept every plugin's own).
type Plugin = (this: never, ...args: never[]) => unknown;
type PluginEntry = Plugin | [Plugin, ...unknown[]];
type Transformer = (tree: unknown, file: VFile) => unknown;

/**
 * Wraps remark/rehype plugins so an error one throws names the content file and line and says
 * what to do. The problem is also recorded, because Astro only logs errors thrown while it
 * renders a `.md` entry; the content check then fails the sync with it.
 */
export function locatePluginErrors<T extends PluginEntry>(plugins: T[]): T[] {
  return plugins.map((entry) =>
    Array.isArray(entry) ? ([locate(entry[0]), ...entry.slice(1)] as T) : (locate(entry) as T),
  );
}

function locate(plugin: Plugin): Plugin {
  const name = plugin.name || 'a Markdown plugin';
  return function located(this: never, ...args: never[]) {
    const transformer = plugin.apply(this, args);
    if (typeof transformer !== 'function') return transformer;
    const transform = transformer as Transformer;
    return async (tree: unknown, file: VFile) => {
      try {
        return await transform(tree, file);
      } catch (error) {
        throw locatedError(error, file, name);
      }
    };
  };
}

function locatedError(error: unknown, vfile: VFile, plugin: string): Error {
  const e = error instanceof Error ? error : new Error(String(error));
  const path = vfile?.path;
  if (!path) return e;
  const file = relative(process.cwd(), path).split('\\').join('/');
  // Plugins of ours that already name the file (diagrams) are recorded by their own integration.
  if (e.message.startsWith(`${file}:`)) return e;
  const where = e as {
    line?: number;
    place?: { line?: number; start?: { line?: number } };
    position?: { start?: { line?: number } };
  };
  let line =
    where.line ?? where.place?.line ?? where.place?.start?.line ?? where.position?.start?.line;
  if (line !== undefined) {
    try {
      line += frontmatterLines(readFileSync(path, 'utf8'));
    } catch {
      // Keep the body line.
    }
  }
  const problem: ContentProblem = {
    file,
    line,
    field: plugin,
    message: `${e.message.split('\n')[0]} (the Markdown plugin ${plugin} failed on this file: fix the Markdown there, or report the plugin error if it looks right)`,
  };
  recordProblem(problem);
  const located = new Error(`${file}${line ? `:${line}` : ''}: ${problem.message}`, { cause: e });
  Object.assign(located, { loc: { file: path, line } });
  return located;
}
