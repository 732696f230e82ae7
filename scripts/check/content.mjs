// (b) Content validation: every entry against its schema, references that point nowhere, two
// files with one id, then `astro sync` itself (Starlight's docs schema, rendering, Mermaid).
import { fieldLine, where } from '../lib/content-files.mjs';
import { importProjectModule } from '../lib/load-ts.mjs';
import { describeIssue, fieldPath, loadModel } from './model.mjs';
import { astroError, logLines, runBin } from './run-command.mjs';

export async function checkContent(root) {
  const { entries, schemas } = await loadModel(root);
  const problems = [];
  const reported = new Set();
  const add = (entry, line, text) => {
    problems.push(`${where(entry.file, line)}: ${text}`);
    reported.add(entry.file);
  };

  // Frontmatter that does not parse, and fields the schema rejects.
  for (const entry of entries) {
    if (entry.yamlError) add(entry, entry.yamlError.line, entry.yamlError.message);
    for (const issue of entry.issues ?? []) {
      const { path, message } = describeIssue(issue, schemas[entry.collection], entry.data);
      add(entry, fieldLine(entry, path) ?? 1, `${fieldPath(path) || '(frontmatter)'}: ${message}`);
    }
  }

  // References to entries that do not exist (Astro 7 only logs these), with "did you mean".
  const { buildLinkGraph, formatDangling, linkedEntries } = await importProjectModule(root, 'src/lib/links.ts');
  const graphEntries = entries.map((e) => ({
    collection: e.collection,
    id: e.id,
    file: e.file,
    data: e.collection === 'docs' ? { linksInText: linkedEntries(e.body ?? '') } : (e.parsed ?? {}),
    entry: e,
  }));
  const { dangling } = buildLinkGraph(graphEntries);
  for (const reference of dangling) {
    const { entry } = reference.from;
    const line =
      entry.collection === 'docs'
        ? entry.text.split('\n').findIndex((l) => l.includes(`/${reference.target.collection}/${reference.target.id}`)) + 1 || undefined
        : fieldLine(entry, [reference.field.split(/[.[]/)[0]]);
    add(entry, line, formatDangling([reference], graphEntries).slice(`${entry.file}: `.length));
  }

  // Two files that map to one id: Astro silently keeps one of them.
  const byId = new Map();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const first = byId.get(key);
    if (first) add(entry, 1, `duplicate id "${entry.id}" in ${entry.collection} (also ${first.file}); Astro would keep only one of them: rename or remove one`);
    else byId.set(key, entry);
  }

  // Astro's own view: Starlight's docs schema, Markdown rendering (Mermaid), anything missed above.
  const sync = await runBin(root, 'astro', ['sync', '--force']);
  let syncFailed = false;
  if (sync.code !== 0) {
    syncFailed = true;
    const error = astroError(sync.output, root);
    if (!error) problems.push(`astro sync failed:\n${sync.output.trim().split('\n').slice(-20).join('\n')}`);
    else if (!error.file || !reported.has(error.file)) problems.push(`${where(error.file ?? 'astro sync', error.line)}: ${error.message}`);
  }
  const lines = logLines(sync.output);
  lines.forEach((line, i) => {
    if (!line.startsWith('[ERROR]')) return;
    // Already reported above, with the file and a suggestion.
    if (line.includes('Invalid content reference') && dangling.length > 0) return;
    const block = [line];
    for (const next of lines.slice(i + 1)) {
      if (/^\s*(at |\[|$)/.test(next) || /^\d\d:\d\d:\d\d /.test(next)) break;
      block.push(next);
    }
    // Rendering errors from our plugins start a line with `src/…:line:`: lead with it.
    const located = block.findIndex((l) => /^src\/\S+:\d+/.test(l));
    problems.push(located === -1 ? block.join('\n') : block.slice(located).join('\n'));
  });
  return { problems, blocksBuild: syncFailed };
}
