import {
  contentCollections,
  contentModel,
  hasEntryPages,
  type CollectionModel,
  type ContentCollection,
} from '../content-model';
import { withBase } from '../lib/urls';

/**
 * The atlas as documents for tools that read text, not pages: each content entry with a page of
 * its own becomes a title, a one-line summary, its page's address and its Markdown (the entry's
 * own body, plus its tickable lists), all derived from the content model. Pure, so it is
 * unit-tested without Astro; src/llms/atlas-documents.ts feeds it the built content.
 */

/** Where the site is published, as the build is configured. */
export interface SiteAddress {
  /** The configured base path ("/" or "/atlas"). */
  base: string;
  /** The configured site origin; without one, addresses stay root-relative. */
  site?: string | undefined;
}

/** One entry as a document. */
export interface AtlasDocument {
  collection: ContentCollection;
  id: string;
  title: string;
  summary: string;
  /** The entry's page, base path applied (and absolute when a site is configured). */
  url: string;
  /** The page's Markdown, beside it: `<page>/index.md`. */
  markdownUrl: string;
  /** The entry's Markdown body, root-relative links made to work where the file is read. */
  body: string;
  /** Its tickable lists (tasks, objectives, checklist items), as Markdown task lists. */
  lists: string;
}

/** The minimum of an entry these functions read: what Astro's `CollectionEntry` has too. */
export interface SourceEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string | undefined;
}

/** The order collections are listed in: the ones readers study from first. */
const STUDY_ORDER: readonly ContentCollection[] = [
  'plans',
  'weeks',
  'projects',
  'topics',
  'checklists',
  'templates',
  'reading',
  'exercises',
  'datasets',
];
const rank = (c: ContentCollection) => {
  const i = STUDY_ORDER.indexOf(c);
  return i === -1 ? STUDY_ORDER.length : i;
};

/**
 * Every collection whose entries have pages of their own, in study order (a collection added to
 * the content model later comes last): resources and sources have none and are not listed.
 */
export const DOCUMENT_COLLECTIONS: readonly ContentCollection[] = contentCollections
  .filter((c) => hasEntryPages(contentModel[c]))
  .sort((a, b) => rank(a) - rank(b));

/** The site path of an entry's Markdown file, without the base path: `/topics/kafka/index.md`. */
export const markdownPath = (pagePath: string): string =>
  `${pagePath.replace(/\/?$/, '/')}index.md`;

/** A site path as a reader's tool should fetch it: base path applied, absolute with a site. */
export function address(path: string, where: SiteAddress): string {
  const withBasePath = withBase(where.base, path);
  return where.site ? new URL(withBasePath, where.site).href : withBasePath;
}

/**
 * Root-relative links in Markdown (`[Kafka](/topics/apache-kafka/)`, `[x]: /path`) point at the
 * site without its base path, as the pages' own links are rewritten at build time: do the same
 * here, and make them absolute when the site's address is known.
 */
export function resolveLinks(markdown: string, where: SiteAddress): string {
  const fix = (path: string) => address(path, where);
  return markdown
    .replace(/(\]\()(\/(?!\/)[^)\s]*)/g, (_, open: string, path: string) => open + fix(path))
    .replace(
      /^(\s*\[[^\]]+\]:\s*)(\/(?!\/)\S*)/gm,
      (_, label: string, path: string) => label + fix(path),
    );
}

/** Lists of `{ id, text }` items at a content-model path such as `groups[].items`, with their group titles. */
function tickableLists(data: unknown, path: string): Array<{ title?: string; items: string[] }> {
  const [head, ...rest] = path.split('.');
  const key = head.replace(/\[\]$/, '');
  const value = (data as Record<string, unknown> | undefined)?.[key];
  if (!Array.isArray(value)) return [];
  if (head.endsWith('[]'))
    return value.flatMap((part: unknown) => {
      const title = (part as { title?: unknown } | undefined)?.title;
      return tickableLists(part, rest.join('.')).map((list) => ({
        title: list.title ?? (typeof title === 'string' ? title : undefined),
        items: list.items,
      }));
    });
  return [
    {
      items: value
        .map((item) => (item as { text?: unknown }).text)
        .filter((t): t is string => typeof t === 'string'),
    },
  ];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The tickable lists of an entry as Markdown: `## Tasks`, `- [ ] …`, a `###` per group. */
export function listsMarkdown(model: CollectionModel, data: unknown): string {
  return model.tickable
    .map((path) => {
      const lists = tickableLists(data, path).filter((l) => l.items.length > 0);
      if (lists.length === 0) return '';
      const name = capitalised(path.split('.').at(-1)!.replace(/\[\]$/, ''));
      const blocks = lists.map(
        (l) => (l.title ? `### ${l.title}\n\n` : '') + l.items.map((t) => `- [ ] ${t}`).join('\n'),
      );
      return `## ${name}\n\n${blocks.join('\n\n')}`;
    })
    .filter(Boolean)
    .join('\n\n');
}

/** How each collection names an entry and sums it up, where its fields differ from title/summary. */
interface Naming {
  title: (entry: SourceEntry) => string;
  summary: (entry: SourceEntry) => string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const defaultNaming: Naming = {
  title: (e) => text(e.data.title),
  summary: (e) => text(e.data.summary) || text(e.data.description) || text(e.data.focus),
};

/** Every entry of the collections with pages as a document, in study order. */
export function atlasDocuments(
  entries: Partial<Record<ContentCollection, readonly SourceEntry[]>>,
  where: SiteAddress,
  naming: Partial<Record<ContentCollection, Partial<Naming>>> = {},
): AtlasDocument[] {
  return DOCUMENT_COLLECTIONS.flatMap((collection) => {
    const model: CollectionModel = contentModel[collection];
    const name = { ...defaultNaming, ...naming[collection] };
    return (entries[collection] ?? []).map((entry) => {
      const path = model.entryPath(entry.id);
      return {
        collection,
        id: entry.id,
        title: name.title(entry),
        summary: name.summary(entry).replace(/\s+/g, ' ').trim(),
        url: address(path, where),
        markdownUrl: address(markdownPath(path), where),
        body: resolveLinks((entry.body ?? '').trim(), where),
        lists: listsMarkdown(model, entry.data),
      };
    });
  });
}

/** One document as a Markdown file: a short header (title, summary, address), then its text. */
export function documentMarkdown(doc: AtlasDocument): string {
  const parts = [`# ${doc.title}`, `> ${doc.summary}`, `Page: <${doc.url}>`, doc.body, doc.lists];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** The site as the llms.txt format (llmstxt.org) asks: title, summary, then sections of links. */
export function llmsIndex(
  site: { title: string; description: string; fullUrl: string },
  docs: readonly AtlasDocument[],
): string {
  const sections = DOCUMENT_COLLECTIONS.map((collection) => {
    const listed = docs.filter((d) => d.collection === collection);
    if (listed.length === 0) return '';
    const lines = listed.map((d) => `- [${escapeLinkText(d.title)}](${d.url}): ${d.summary}`);
    return `## ${contentModel[collection].label.many}\n\n${lines.join('\n')}`;
  }).filter(Boolean);
  const intro =
    `Every page listed here has its Markdown beside it: add \`index.md\` to its address. ` +
    `All of them in one file: [${site.title}, full text](${site.fullUrl}).`;
  return `# ${site.title}\n\n> ${site.description}\n\n${intro}\n\n${sections.join('\n\n')}\n`;
}

/** Every document in full, one after another, for tools that read the whole site at once. */
export function llmsFull(
  site: { title: string; description: string },
  docs: readonly AtlasDocument[],
): string {
  const header = `# ${site.title}\n\n> ${site.description}\n`;
  const body = docs.map((d) => shiftHeadings(documentMarkdown(d)));
  return [header, ...body].join('\n---\n\n');
}

const escapeLinkText = (text: string) => text.replace(/([[\]])/g, '\\$1');

/**
 * Moves every ATX heading down one level (`#` → `##`) so documents sit under the site's title in
 * one file; lines inside fenced code blocks (shell comments, say) are left as they are.
 */
export function shiftHeadings(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (opener && (!fence || (opener[0] === fence[0] && opener.length >= fence.length))) {
        fence = fence ? undefined : opener;
        return line;
      }
      return !fence && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n');
}
