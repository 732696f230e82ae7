// The content as the schemas see it: every entry read from disk and validated with the project's
// own Zod schemas (src/schemas), each problem tied to a file and line. Unlike `astro sync`, which
// stops at the first invalid entry, this validates every entry, so one run reports every problem.
import { readContent } from '../lib/content-files.mjs';
import { importProjectModule } from '../lib/load-ts.mjs';

/** Collection → [schema module, factory name]; docs are Starlight's and left to `astro sync`. */
const SCHEMAS = {
  plans: ['src/schemas/plans.ts', 'planSchema'],
  weeks: ['src/schemas/weeks.ts', 'weekSchema'],
  projects: ['src/schemas/projects.ts', 'projectSchema'],
  topics: ['src/schemas/topics.ts', 'topicSchema'],
  resources: ['src/schemas/resources.ts', 'resourceSchema'],
  reading: ['src/schemas/reading.ts', 'readingSchema'],
  templates: ['src/schemas/templates.ts', 'templateSchema'],
  checklists: ['src/schemas/checklists.ts', 'checklistSchema'],
};

const cache = new Map();

/**
 * Reads and validates all content under `root` once per process. Each entry gets `parsed` (the
 * schema's output, references as `{ collection, id }` like Astro stores them) or `issues`.
 */
export function loadModel(root) {
  if (!cache.has(root)) cache.set(root, build(root));
  return cache.get(root);
}

async function build(root) {
  const { z } = await import('astro/zod');
  // Stands in for Astro's reference(): an id (or { collection, id }) becomes { collection, id }.
  const reference = (collection) =>
    z
      .union([z.string().trim().min(1, 'a reference names an entry id'), z.object({ id: z.string(), collection: z.string() })])
      .transform((value) => ({ collection, id: typeof value === 'string' ? value : value.id }));
  const schemas = {};
  for (const [collection, [path, factory]] of Object.entries(SCHEMAS)) {
    schemas[collection] = (await importProjectModule(root, path))[factory](reference);
  }
  const entries = readContent(root);
  for (const entry of entries) {
    const schema = schemas[entry.collection];
    if (!schema || entry.yamlError) continue;
    // Astro hands the schema a Date for an unquoted YAML date; our reader keeps the text, which
    // the schema's calendarDate() checks strictly (a real day, written YYYY-MM-DD).
    const result = schema.safeParse(entry.data);
    if (result.success) entry.parsed = result.data;
    else entry.issues = result.error.issues;
  }
  return { entries, schemas };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under wrappers (optional, default, pipe …), using Zod 4's internal definition. */
function unwrap(schema) {
  let current = schema;
  for (let i = 0; i < 20 && current?._zod; i++) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (def.type === 'union') current = def.options.map(unwrap).find((o) => o?._zod?.def.type === 'object') ?? def.options[0];
    else break;
  }
  return current;
}

/** The field names an object at `path` of `schema` allows, or undefined when that cannot be told. */
export function allowedKeys(schema, path) {
  let current = unwrap(schema);
  for (const segment of path) {
    const def = current?._zod?.def;
    if (!def) return undefined;
    if (typeof segment === 'number' && def.type === 'array') current = unwrap(def.element);
    else if (typeof segment === 'string' && def.type === 'object') current = unwrap(def.shape[segment]);
    else return undefined;
  }
  const def = current?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape) : undefined;
}

/** `groups[0].items[2]` for the Zod path ["groups", 0, "items", 2]. */
export const fieldPath = (path) => path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join('');

/** The value at a Zod path in raw data. */
const valueAt = (data, path) => path.reduce((value, key) => (value == null ? undefined : value[key]), data);

/** A schema issue as a reader-facing message that says what is allowed. */
export function describeIssue(issue, schema, data) {
  if (issue.code === 'invalid_value' && Array.isArray(issue.values)) {
    const value = valueAt(data, issue.path);
    const shown = typeof value === 'string' && value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return { path: issue.path, message: `${value === undefined ? 'missing' : JSON.stringify(shown)} is not allowed (allowed: ${issue.values.join(', ')})` };
  }
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, issue.path);
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return {
      path: [...issue.path, issue.keys[0]],
      message: `unknown field ${keys}${allowed ? ` (allowed: ${allowed.join(', ')})` : ' (check its spelling against the schema)'}`,
    };
  }
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
  if (missing) return { path: issue.path, message: `required field is missing (expected ${missing[1] === 'string' ? 'text' : missing[1]})` };
  return { path: issue.path, message: issue.message };
}
