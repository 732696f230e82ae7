// Multiplies the content of a site copy for the scaling benchmark. Replica r (2…factor) is an
// isomorphic copy of every custom collection — plans with their weeks, projects, topics,
// resources, reading lists, templates and checklists — whose ids end in `-x<r>`, whose titles
// end in "(copy r)", and whose references point at replica r's own entries. So every replica
// has the same link graph as the real content: a topic page lists as many backlinks at 10× as
// at 1×, and what grows is the number of pages and whatever the site lists in full (the
// sidebar, the index pages, the search index). Week numbers stay 1…n per (copied) plan.
// Starlight's own pages (src/content/docs: home, guides, sources) are not copied.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import yaml from 'js-yaml';

/** Reference fields of each collection (see src/schemas): where to find them, and what they point at. */
const REFERENCES = {
  plans: [
    ['topics[]', 'topics'],
    ['phases[].projects[]', 'projects'],
    ['phases[].topics[]', 'topics'],
  ],
  weeks: [
    ['plan', 'plans'],
    ['topics[]', 'topics'],
    ['projects[]', 'projects'],
    ['blocks[].topic', 'topics'],
  ],
  projects: [
    ['topics[]', 'topics'],
    ['prerequisites[]', 'projects'],
  ],
  topics: [
    ['related[]', 'topics'],
    ['resources[]', 'resources'],
  ],
  resources: [['topics[]', 'topics']],
  reading: [['items[].resource', 'resources']],
  templates: [],
  checklists: [['topics[]', 'topics']],
};
export const COPIED_COLLECTIONS = Object.keys(REFERENCES);

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function files(folder) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(mdx?|ya?ml)$/.test(name)) out.push(path);
    }
  };
  walk(folder);
  return out;
}

/** Applies `fn` to the value(s) at a path such as "phases[].projects[]" or "blocks[].topic". */
function mapPath(data, path, fn) {
  const [head, ...rest] = path.split('.');
  const many = head.endsWith('[]');
  const key = many ? head.slice(0, -2) : head;
  if (data == null || typeof data !== 'object' || !(key in data)) return;
  if (rest.length === 0) {
    data[key] = many ? (data[key] ?? []).map(fn) : fn(data[key]);
    return;
  }
  const next = rest.join('.');
  if (many) for (const item of data[key] ?? []) mapPath(item, next, fn);
  else mapPath(data[key], next, fn);
}

/** A reference as written in a file: the id string (Astro also accepts { collection, id }). */
function renameRef(value, suffix) {
  if (typeof value === 'string') return `${value}${suffix}`;
  if (value && typeof value === 'object' && typeof value.id === 'string') return { ...value, id: `${value.id}${suffix}` };
  return value;
}

/**
 * Adds `factor - 1` replicas of the custom collections under `contentDir`.
 * Returns the number of entries per collection before and after.
 */
export function multiplyContent(contentDir, factor) {
  const counts = {};
  for (const collection of COPIED_COLLECTIONS) {
    const folder = join(contentDir, collection);
    let sources;
    try {
      sources = files(folder);
    } catch {
      continue;
    }
    counts[collection] = { original: sources.length, total: sources.length * factor };
    for (const path of sources) {
      const raw = readFileSync(path, 'utf8');
      const isYaml = /\.ya?ml$/.test(path);
      const fm = isYaml ? undefined : FRONTMATTER.exec(raw);
      if (!isYaml && !fm) throw new Error(`no frontmatter in ${path}`);
      const body = isYaml ? '' : raw.slice(fm[0].length);
      const rel = relative(folder, path).split(sep);
      for (let r = 2; r <= factor; r++) {
        const suffix = `-x${r}`;
        const data = yaml.load(isYaml ? raw : fm[1]) ?? {};
        if (typeof data.title === 'string') data.title = `${data.title} (copy ${r})`;
        for (const [field, target] of REFERENCES[collection]) {
          if (COPIED_COLLECTIONS.includes(target)) mapPath(data, field, (v) => renameRef(v, suffix));
        }
        // Weeks live in a folder per plan (id "<plan>/week-<n>"): the replica's folder is its plan's.
        const target =
          collection === 'weeks' && rel.length > 1
            ? join(folder, `${rel[0]}${suffix}`, ...rel.slice(1))
            : join(folder, ...rel.slice(0, -1), rel.at(-1).replace(/(\.[a-z]+)$/, `${suffix}$1`));
        const text = yaml.dump(data, { lineWidth: -1, noRefs: true });
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, isYaml ? text : `---\n${text}---\n${body}`);
      }
    }
  }
  return counts;
}
