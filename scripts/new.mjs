#!/usr/bin/env node
// npm run new -- <kind> "<title>" [--plan <plan-id>] [--id <id>] [--in <folder>]
// Scaffolds a content entry at the path its collection expects, with every field the schema knows
// about: defaults where there is a sensible one, "TODO: …" placeholders where only the author can
// decide. `npm run check` rejects the file until every placeholder is replaced.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from './lib/content-files.mjs';
import { importProjectModule } from './lib/load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { levels, topicCategories, resourceKinds, blockKinds, sourceIds } = await importProjectModule(root, 'src/schemas/enums.ts');
const { slugify } = await importProjectModule(root, 'src/lib/slug.ts');

const q = (text) => JSON.stringify(text);
const oneOf = (values) => q(`TODO: one of ${values.join(', ')}`);
const TOPIC = q('TODO: id of a topic (its file name in src/content/topics/, without .md)');
const SOURCE = oneOf(sourceIds);

/** What each kind of entry is, where it lives and what its file starts as. */
const KINDS = {
  plan: {
    what: 'a study plan, split into weeks or phases',
    path: (id) => `src/content/plans/${id}.md`,
    url: (id) => `/plans/${id}/`,
    body: ({ title }) => `---
title: ${q(title)}
summary: ${q('TODO: one or two sentences: who the plan is for and what it covers')}
# The source document the plan is taken from (src/schemas/enums.ts lists them).
source: ${SOURCE}
level: ${oneOf(levels)}
# Optional: startDate and endDate (YYYY-MM-DD), durationWeeks, hoursPerWeek, author, cadence,
# milestones ({ date?, week?, title }), phases ({ title, duration?, focus?, projects, topics }).
prerequisites:
  - ${q('TODO: what a reader should bring')}
outcomes:
  - ${q('TODO: what a reader can do afterwards')}
topics:
  - ${TOPIC}
---

TODO: an overview of the plan (Markdown). Add its weeks with \`npm run new -- week "<title>" --plan <this plan's id>\`.
`,
  },
  week: {
    what: "a week of a plan (needs --plan <plan-id>; takes the plan's next free week number)",
    path: (id) => `src/content/weeks/${id}.md`,
    url: (id, { plan, number }) => `/plans/${plan}/week-${number}/`,
    body: ({ title, plan, number }) => `---
plan: ${plan}
number: ${number}
title: ${q(title)}
focus: ${q('TODO: one line on what the week is about')}
# Optional: startDate and endDate (YYYY-MM-DD), inside the plan's period when the plan is dated.
objectives:
  - ${q('TODO: a learning objective (readers tick it)')}
topics:
  - ${TOPIC}
# Ids of projects built this week (file names in src/content/projects/, without .md).
projects: []
blocks:
  - kind: study # one of ${blockKinds.join(', ')}
    label: ${q('TODO: short label, e.g. Day 1-2')}
    items:
      - ${q('TODO: what to read, study or build')}
---

TODO: anything else about the week (Markdown), or delete this line.
`,
  },
  project: {
    what: 'a project to build, with its skills, tasks and topics',
    path: (id) => `src/content/projects/${id}.md`,
    url: (id) => `/projects/${id}/`,
    body: ({ title }) => `---
title: ${q(title)}
level: ${oneOf(levels)}
summary: ${q('TODO: what you build, in one or two sentences')}
skills:
  - category: ${q('TODO: a skill area, e.g. Streaming')}
    details: ${q('TODO: the tools and concepts, e.g. Apache Kafka, consumer groups')}
tasks:
  - ${q('TODO: one step of the work (readers tick it)')}
deliverables:
  - ${q('TODO: what you hand in at the end')}
topics:
  - ${TOPIC}
# Ids of projects to do first (file names in src/content/projects/, without .md).
prerequisites: []
source: ${SOURCE}
---

TODO: anything else about the project (Markdown), or delete this line.
`,
  },
  topic: {
    what: 'a concept or tool; its page gathers everything that links to it',
    path: (id) => `src/content/topics/${id}.md`,
    url: (id) => `/topics/${id}/`,
    body: ({ title }) => `---
title: ${q(title)}
category: ${oneOf(topicCategories)}
summary: ${q('TODO: one or two sentences in our own words')}
# Acronyms and other names readers search for, e.g. [CDC, change capture].
aliases: []
# Ids of closely related topics; the reverse links are derived.
related: []
# Ids of resources that teach it (file names in src/content/resources/, without .yaml).
resources: []
# The day the text was last checked against its sources; update it whenever you check again.
reviewed: ${new Date().toISOString().slice(0, 10)}
---

TODO: the topic in a few paragraphs (Markdown).
`,
  },
  resource: {
    what: 'a book, course, doc, blog … (YAML data)',
    path: (id) => `src/content/resources/${id}.yaml`,
    url: () => undefined,
    body: ({ title }) => `title: ${q(title)}
kind: ${oneOf(resourceKinds)}
authors: []
# The resource's own canonical home (an absolute https:// URL); delete the line if it has none.
url: ${q('TODO: https://…')}
topics:
  - ${TOPIC}
note: ${q('TODO: a short note, e.g. what to read it for; or delete this line')}
# The source documents that cite it.
sources:
  - ${SOURCE}
`,
  },
  reading: {
    what: "a reading list, in its source's order",
    path: (id) => `src/content/reading/${id}.md`,
    url: (id) => `/reading/${id}/`,
    body: ({ title }) => `---
title: ${q(title)}
summary: ${q('TODO: one or two sentences on what the list is for')}
source: ${SOURCE}
items:
  - resource: ${q('TODO: id of a resource (its file name in src/content/resources/, without .yaml)')}
    note: ${q('TODO: what the source says about it; or delete this line')}
    priority: 1
---
`,
  },
  template: {
    what: 'a template to copy or download; the body is the template itself',
    path: (id) => `src/content/templates/${id}.md`,
    url: (id) => `/templates/${id}/`,
    body: ({ title }) => `---
title: ${q(title)}
summary: ${q('TODO: one or two sentences on when to use it')}
source: ${SOURCE}
fields:
  - name: ${q('TODO: a blank the reader fills in')}
    hint: ${q('TODO: a hint for it; or delete this line')}
---

TODO: the template exactly as a reader copies it (Markdown).
`,
  },
  checklist: {
    what: 'a checklist to tick and print',
    path: (id) => `src/content/checklists/${id}.md`,
    url: (id) => `/checklists/${id}/`,
    body: ({ title }) => `---
title: ${q(title)}
summary: ${q('TODO: one or two sentences on when to use it')}
source: ${SOURCE}
# Ids of topics it covers; their pages list it.
topics: []
groups:
  - title: ${q('TODO: a section heading; or delete this line')}
    items:
      # Plain text, or { id, text } to keep readers' ticks when the text changes later.
      - ${q('TODO: something to check')}
---
`,
  },
  guide: {
    what: 'a guide page (Starlight docs, under src/content/docs/guides/; --in <folder> for a sub-folder)',
    path: (id) => `src/content/docs/guides/${id}.md`,
    url: (id) => `/guides/${id}/`,
    body: ({ title }) => `---
title: ${q(title)}
description: ${q('TODO: one sentence, shown in search results and link previews')}
---

TODO: the guide (Markdown). Link a topic as [Apache Kafka](/topics/apache-kafka/): its topic page then lists this guide.
`,
  },
};
const KIND_NAMES = Object.keys(KINDS);

function usage(message) {
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

function parseArgs(argv) {
  const positional = [];
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') usage();
    const m = /^--(id|plan|in)(?:=(.*))?$/.exec(arg);
    if (m) {
      const value = m[2] ?? argv[++i];
      if (value === undefined || value.startsWith('--')) fail(`--${m[1]} needs a value`);
      options[m[1]] = value;
    } else if (arg.startsWith('--')) fail(`unknown option "${arg}" (allowed: --id, --plan, --in, --help)`);
    else positional.push(arg);
  }
  return { positional, options };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Stops with one line that says what is wrong and what is allowed. */
function fail(message) {
  console.error(`new: ${message}\n(npm run new -- --help shows every kind and option)`);
  process.exit(2);
}

const { positional, options } = parseArgs(process.argv.slice(2));
const [kind, title, ...extra] = positional;
if (!kind) usage(`which kind of entry? (allowed: ${KIND_NAMES.join(', ')})`);
if (!KINDS[kind]) fail(`unknown kind "${kind}" (allowed: ${KIND_NAMES.join(', ')})`);
if (title === undefined || !title.trim()) fail(`a ${kind} needs a title: npm run new -- ${kind} "<title>"`);
if (extra.length) fail(`unexpected ${extra.map((e) => `"${e}"`).join(' ')}: quote a title that has spaces`);
if (options.plan && kind !== 'week') fail('--plan is only for a week');
if (options.in && kind !== 'guide') fail('--in is only for a guide');

const spec = KINDS[kind];
const name = options.id ?? slugify(title);
if (!ID.test(name)) fail(`"${name}" cannot be an id: use lower-case letters, digits and single hyphens${options.id ? '' : ' (pass --id <id>)'}`);

const content = readContent(root);
const context = { title: title.trim() };
let id = name;
if (kind === 'week') {
  const plans = content.filter((e) => e.collection === 'plans').map((e) => e.id);
  if (!options.plan) fail(`a week needs its plan: --plan <plan-id> (plans: ${plans.join(', ')})`);
  if (!plans.includes(options.plan)) fail(`there is no plan "${options.plan}" (plans: ${plans.join(', ')})`);
  const taken = new Set(content.filter((e) => e.collection === 'weeks' && e.data.plan === options.plan).map((e) => Number(e.data.number)));
  let number = 1;
  while (taken.has(number)) number++;
  Object.assign(context, { plan: options.plan, number });
  id = `${options.plan}/${options.id ?? `week-${number}`}`;
  context.planEntry = content.find((e) => e.collection === 'plans' && e.id === options.plan);
}
if (kind === 'guide' && options.in) {
  if (!options.in.split('/').every((segment) => ID.test(segment))) fail(`--in "${options.in}": use lower-case letters, digits and hyphens`);
  id = `${options.in}/${name}`;
}

const file = spec.path(id);
const path = join(root, file);
const collection = file.split('/')[2];
const clash = content.find((e) => e.collection === collection && e.id === (collection === 'docs' ? file.slice('src/content/docs/'.length).replace(/\.md$/, '') : id));
if (existsSync(path) || clash) {
  fail(`${clash?.file ?? file} already exists; it is left as it is. Pick another title, or pass --id <id>.`);
}

mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, spec.body(context));

const url = spec.url(id, context);
const steps = [
  `Open ${file} and replace every "TODO: …" (each says what belongs there; \`npm run check -- --only content,lint\` lists what is left).`,
];
if (kind === 'week') {
  const duration = context.planEntry?.data.durationWeeks;
  steps.push(
    `This is week ${context.number} of ${context.plan}.${Number(duration) && Number(duration) < context.number ? ` The plan says durationWeeks: ${duration}: raise it to ${context.number} in ${context.planEntry.file}.` : ''}`,
  );
}
if (kind === 'topic') steps.push('Link it from projects, weeks or plans (their `topics:` lists) so its page has something to gather.');
if (kind === 'resource') steps.push('Add it to a reading list (`items: - resource: <id>`) or a topic (`resources:`) so readers find it.');
steps.push('Run `npm run check` before you commit (types, content, mojibake and placeholders, links, integrity).');
if (url) steps.push(`Preview with \`npm run dev\`: http://127.0.0.1:4321${url}`);
console.log(`Created ${file} (${kind} "${context.title}")\n\nNext:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}`);
