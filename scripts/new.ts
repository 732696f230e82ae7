// npm run new -- <kind> "<title>" [--plan <plan-id>] [--id <id>] [--in <folder>]
// Scaffolds a content entry at the path its collection expects. Kinds, folders, file types and
// URLs come from the content model (src/content-model.ts) and the fields from each collection's
// schema (scripts/lib/scaffold.ts): required fields get a "TODO: …" placeholder that says what
// belongs there, optional ones are shown commented out, each under the schema's own description.
// `npm run check` rejects the file until every placeholder is replaced.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentCollections,
  contentModel,
  hasEntryPages,
  weekId,
  type CollectionModel,
} from '../src/content-model.ts';
import { slugify } from '../src/lib/slug.ts';
import { readEntries, type ContentEntry } from './lib/content-reader.ts';
import { scaffoldFields } from './lib/scaffold.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const q = (text: unknown) => JSON.stringify(text);

/** One kind of entry `npm run new` scaffolds. */
interface Kind {
  /** The collection it belongs to (`docs` for a guide). */
  collection: string;
  /** What such an entry is, for `--help`. */
  what: string;
  /** The file to write, from the project root. */
  path: (id: string) => string;
  /** The entry's page, if it has one. */
  url: (id: string) => string | undefined;
  /** The file's text. */
  body: (values: Record<string, unknown>) => string;
}

/** One kind per collection of the content model, named as its `scaffold.kind` says. */
const KINDS: Record<string, Kind> = Object.fromEntries(
  contentCollections.map((collection) => {
    const model: CollectionModel = contentModel[collection];
    const isData = ['yaml', 'yml'].includes(model.extensions[0]);
    const kind: Kind = {
      collection,
      what: model.scaffold.what,
      path: (id) => `src/content/${model.folder}/${id}.${model.extensions[0]}`,
      url: (id) => (hasEntryPages(model) ? model.entryPath(id) : undefined),
      body: (values) => {
        const fields = scaffoldFields(collection, values);
        if (isData) return fields;
        return `---\n${fields}---\n${model.scaffold.body ? `\nTODO: ${model.scaffold.body}.\n` : ''}`;
      },
    };
    return [model.scaffold.kind, kind];
  }),
);

// Guides are Starlight's own pages (its docs schema): a title and a description.
KINDS.guide = {
  collection: 'docs',
  what: 'a guide page (Starlight docs, under src/content/docs/guides/; --in <folder> for a sub-folder)',
  path: (id) => `src/content/docs/guides/${id}.md`,
  url: (id) => `/guides/${id}/`,
  body: ({ title }) => `---
title: ${q(title)}
description: ${q('TODO: one sentence, shown in search results and link previews')}
---

TODO: the guide (Markdown). Link a topic as [Apache Kafka](/topics/apache-kafka/): its topic page then lists this guide.
`,
};
const KIND_NAMES = Object.keys(KINDS);

function usage(message?: string): never {
  const out = message ? console.error : console.log;
  if (message) out(`new: ${message}\n`);
  out(`usage: npm run new -- <kind> "<title>" [--id <id>] [--plan <plan-id>] [--in <folder>]

kinds:
${KIND_NAMES.map((k) => `  ${k.padEnd(10)} ${KINDS[k].what}`).join('\n')}

options:
  --id <id>         file name (without extension) instead of one made from the title
  --plan <plan-id>  the plan a week belongs to (required for week)
  --in <folder>     a sub-folder of src/content/docs/guides/ for a guide, e.g. learning-path

example: npm run new -- topic "Stream joins"`);
  process.exit(message ? 2 : 0);
}

function parseArgs(argv: string[]) {
  const positional: string[] = [];
  const options: { id?: string; plan?: string; in?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') usage();
    const m = /^--(id|plan|in)(?:=(.*))?$/.exec(arg);
    if (m) {
      const value = m[2] ?? argv[++i];
      if (value === undefined || value.startsWith('--')) fail(`--${m[1]} needs a value`);
      options[m[1] as 'id' | 'plan' | 'in'] = value;
    } else if (arg.startsWith('--'))
      fail(`unknown option "${arg}" (allowed: --id, --plan, --in, --help)`);
    else positional.push(arg);
  }
  return { positional, options };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Stops with one line that says what is wrong and what is allowed. */
function fail(message: string): never {
  console.error(`new: ${message}\n(npm run new -- --help shows every kind and option)`);
  process.exit(2);
}

const { positional, options } = parseArgs(process.argv.slice(2));
const [kind, title, ...extra] = positional;
if (!kind) usage(`which kind of entry? (allowed: ${KIND_NAMES.join(', ')})`);
if (!KINDS[kind]) fail(`unknown kind "${kind}" (allowed: ${KIND_NAMES.join(', ')})`);
if (title === undefined || !title.trim())
  fail(`a ${kind} needs a title: npm run new -- ${kind} "<title>"`);
if (extra.length)
  fail(`unexpected ${extra.map((e) => `"${e}"`).join(' ')}: quote a title that has spaces`);
if (options.plan && kind !== 'week') fail('--plan is only for a week');
if (options.in && kind !== 'guide') fail('--in is only for a guide');

const spec = KINDS[kind];
const name = options.id ?? slugify(title);
if (!ID.test(name))
  fail(
    `"${name}" cannot be an id: use lower-case letters, digits and single hyphens${options.id ? '' : ' (pass --id <id>)'}`,
  );

const content = readEntries(root);
/** What the scaffold is filled from: the schema's fields, and for a week its plan's entry. */
const context: { title: string; plan?: string; number?: number; planEntry?: ContentEntry } = {
  title: title.trim(),
};
let id = name;
if (kind === 'week') {
  const plans = content.filter((e) => e.collection === 'plans').map((e) => e.id);
  if (!options.plan) fail(`a week needs its plan: --plan <plan-id> (plans: ${plans.join(', ')})`);
  if (!plans.includes(options.plan))
    fail(`there is no plan "${options.plan}" (plans: ${plans.join(', ')})`);
  const taken = new Set(
    content
      .filter((e) => e.collection === 'weeks' && e.data.plan === options.plan)
      .map((e) => Number(e.data.number)),
  );
  let number = 1;
  while (taken.has(number)) number++;
  Object.assign(context, { plan: options.plan, number });
  id = options.id ? `${options.plan}/${options.id}` : weekId(options.plan, number);
  context.planEntry = content.find((e) => e.collection === 'plans' && e.id === options.plan);
}
if (kind === 'guide' && options.in) {
  if (!options.in.split('/').every((segment) => ID.test(segment)))
    fail(`--in "${options.in}": use lower-case letters, digits and hyphens`);
  id = `${options.in}/${name}`;
}

const file = spec.path(id);
const path = join(root, file);
const { collection } = spec;
const clash = content.find(
  (e) =>
    e.collection === collection &&
    e.id ===
      (collection === 'docs' ? file.slice('src/content/docs/'.length).replace(/\.md$/, '') : id),
);
if (existsSync(path) || clash) {
  fail(
    `${clash?.file ?? file} already exists; it is left as it is. Pick another title, or pass --id <id>.`,
  );
}

mkdirSync(dirname(path), { recursive: true });
// Only what the schema knows goes into the file: the plan entry is context for the next steps.
const { planEntry, ...values } = context;
writeFileSync(path, spec.body(values));

const url = spec.url(id);
const steps = [
  `Open ${file} and replace every "TODO: …" (each says what belongs there; \`npm run check -- --only content,lint\` lists what is left).`,
];
if (kind === 'week') {
  // Both are set above for every week; the defaults only tell the type checker so.
  const { number = 0, plan, planEntry } = context;
  const duration = Number(planEntry?.data.durationWeeks);
  steps.push(
    `This is week ${number} of ${plan}.${planEntry && duration && duration < number ? ` The plan says durationWeeks: ${duration}: raise it to ${number} in ${planEntry.file}.` : ''}`,
  );
}
if (kind === 'topic')
  steps.push(
    'Link it from projects, weeks or plans (their `topics:` lists) so its page has something to gather.',
  );
if (kind === 'resource') {
  steps.push(
    'Its `topics:` place it: each of those topic pages lists it. A reading list can name it too (`items: - resource: <id>`).',
  );
}
if (kind === 'source') {
  steps.push(
    `Credit it from the entries taken from it: \`source: ${id}\` (a resource lists it under \`sources:\`).`,
  );
  steps.push(
    `Optionally give it a notes page, src/content/docs/sources/${id}.md, and set \`notes: sources/${id}\`: the credit then links to it.`,
  );
}
steps.push(
  'Run `npm run check` before you commit (types, content, mojibake and placeholders, links, integrity).',
);
if (url) steps.push(`Preview with \`npm run dev\`: http://127.0.0.1:4321${url}`);
console.log(
  `Created ${file} (${kind} "${context.title}")\n\nNext:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}`,
);
