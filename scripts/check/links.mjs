// (d) Internal links: a production build with starlight-links-validator (astro.config.mjs), which
// checks every link in Markdown and MDX, to Starlight pages, to our own routes and to headings.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroError, runBin } from './run-command.mjs';

const REPORT = '.starlight-links-validator/errors.json';

/** The validator names files relative to src/ (custom collections) or src/content/docs/ (docs pages). */
const sourceFile = (docsPath) => (docsPath.startsWith('content/') ? `src/${docsPath}` : `src/content/docs/${docsPath}`);

const ALLOWED = {
  'invalid link': 'link to a page that exists, root-relative, e.g. /topics/dbt/ or /guides/…/',
  'invalid link to custom page': 'the page exists, but not the #fragment: link to a heading id on it',
  'invalid hash': 'link to a heading that exists on that page',
  'relative link': 'write links root-relative, e.g. /topics/dbt/, so they work from every page',
  'local link': 'no localhost or 127.0.0.1 links',
};

export async function checkLinks(root) {
  rmSync(join(root, REPORT), { force: true });
  const build = await runBin(root, 'astro', ['build']);
  const problems = [];
  if (existsSync(join(root, REPORT))) {
    const report = JSON.parse(readFileSync(join(root, REPORT), 'utf8'));
    for (const error of report.errors) {
      const at = error.position ? `:${error.position.line}` : '';
      const allowed = ALLOWED[error.message];
      problems.push(`${sourceFile(error.docsPath)}${at}: ${error.message} "${error.link}"${allowed ? ` (${allowed})` : ''}`);
    }
  }
  if (build.code !== 0 && problems.length === 0) {
    // The build stopped before links could be validated: say why.
    const error = astroError(build.output, root);
    problems.push(`the build failed before links could be validated:\n${error?.message ?? build.output.trim().split('\n').slice(-25).join('\n')}`);
  }
  return { problems };
}
