import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { inlineScripts } from './csp';

interface UntrustedScript {
  /** The built page, relative to the output folder. */
  page: string;
  /** The content file whose text holds the script, when one does. */
  source?: string;
  preview: string;
}

/**
 * Every inline script on the finished pages that is not one the site's own code emits, with
 * the content file it came from (the file whose text contains it).
 */
export async function untrustedScripts(
  pages: Array<{ file: string; html: string }>,
  trusted: ReadonlySet<string>,
  outDir: string,
  contentDir?: string,
): Promise<UntrustedScript[]> {
  const found: Array<{ page: string; body: string }> = [];
  for (const { file, html } of pages) {
    for (const body of inlineScripts(html)) {
      if (!trusted.has(body) && !trusted.has(body.trim()))
        found.push({ page: relative(outDir, file), body });
    }
  }
  if (found.length === 0) return [];
  const content = contentDir ? await contentTexts(contentDir) : [];
  return found.map(({ page, body }) => {
    const needle = body.trim().split('\n')[0].trim();
    const source = needle ? content.find((c) => c.text.includes(needle))?.path : undefined;
    const preview = body.trim().replace(/\s+/g, ' ').slice(0, 60);
    return { page, source, preview };
  });
}

async function contentTexts(dir: string): Promise<Array<{ path: string; text: string }>> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    return Promise.all(
      files.map(async (path) => ({
        path: relative(process.cwd(), path),
        text: await readFile(path, 'utf8'),
      })),
    );
  } catch {
    return [];
  }
}
