// (e) Internal links: a production build, run programmatically, with starlight-links-validator
// (astro.config.mjs), which checks every link in Markdown and MDX, to Starlight pages, to our own
// routes and to headings. Its findings are read from the JSON report it writes.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { problemsFromError, type CheckResult } from './check-result.ts';

const REPORT = '.starlight-links-validator/errors.json';

/** The validator names files relative to src/ (custom collections) or src/content/docs/ (docs pages). */
const sourceFile = (docsPath: string) =>
  docsPath.startsWith('content/') ? `src/${docsPath}` : `src/content/docs/${docsPath}`;

const ALLOWED: Record<string, string | undefined> = {
  'invalid link': 'link to a page that exists, root-relative, e.g. /topics/dbt/ or /guides/…/',
  'invalid link to custom page':
    'the page exists, but not the #fragment: link to a heading id on it',
  'invalid hash': 'link to a heading that exists on that page',
  'relative link': 'write links root-relative, e.g. /topics/dbt/, so they work from every page',
  'local link': 'no localhost or 127.0.0.1 links',
};

/** What the validator writes to its report. */
interface LinksReport {
  errors: Array<{ docsPath: string; link: string; message: string; position?: { line: number } }>;
}

export async function checkLinks(root: string): Promise<CheckResult> {
  rmSync(join(root, REPORT), { force: true });
  let failure: unknown;
  try {
    await build({ root, logLevel: 'error' });
  } catch (error) {
    failure = error;
  }
  const problems: string[] = [];
  if (existsSync(join(root, REPORT))) {
    const report = JSON.parse(readFileSync(join(root, REPORT), 'utf8')) as LinksReport;
    for (const error of report.errors) {
      const at = error.position ? `:${error.position.line}` : '';
      const allowed = ALLOWED[error.message];
      problems.push(
        `${sourceFile(error.docsPath)}${at}: ${error.message} "${error.link}"${allowed ? ` (${allowed})` : ''}`,
      );
    }
  }
  if (failure && problems.length === 0) {
    problems.push(
      'the build failed before links could be validated:',
      ...problemsFromError(root, failure),
    );
  }
  return { problems };
}
