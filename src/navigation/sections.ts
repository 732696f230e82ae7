import {
  levels,
  topicCategories,
  topicCategoryLabels,
  type Level,
  type TopicCategory,
} from '../schemas/enums';
import { slugify } from '../lib/slug';

/**
 * The site's navigation, scoped to where the reader is. Every page's sidebar carries the list of
 * sections (to switch), its own section's index and groups, and only the entries of the group it
 * is in; other groups are one link each to the page that lists them. Lists longer than
 * `WINDOW` show the entries around the current one and a link to the full list, so a page's
 * sidebar stays the same size however many entries the site holds elsewhere.
 *
 * Prev/next follow the reading order (`orderedLinks`) of the page's own section, not the scoped
 * sidebar.
 * Paths here are site paths without the base path; `href` applies it when rendering.
 */

/** A page of the navigation. */
interface NavLink {
  label: string;
  path: string;
}

/** Entries that belong together (a plan's weeks, a level's projects), and the page listing them. */
interface NavGroup {
  label: string;
  /** Where the group is listed as a whole: its overview page or an anchor on the index page. */
  path: string;
  links: NavLink[];
  /** Pages below this path belong to the group though they are not listed (a plan's print view). */
  prefix?: string;
}

type NavItem = NavLink | NavGroup;

/** One section of the site (plans, projects, topics, …): its index first, then its items. */
export interface NavSection {
  id: string;
  label: string;
  /** The section's landing page, where "switch to this section" goes. */
  path: string;
  /** Path prefixes of every page in the section, listed or not ("/plans/"). */
  prefixes: string[];
  items: NavItem[];
}

/** Starlight's sidebar entry shapes (`StarlightRouteData['sidebar']`), as plain data. */
interface SidebarLink {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
  badge: undefined;
  attrs: Record<string, string>;
}
interface SidebarGroup {
  type: 'group';
  label: string;
  entries: SidebarEntry[];
  collapsed: boolean;
  badge: undefined;
}
export type SidebarEntry = SidebarLink | SidebarGroup;

/** How many entries of one list a sidebar shows before it shows only those around the current one. */
export const WINDOW = 16;

const isGroup = (item: NavItem): item is NavGroup => 'links' in item;

/**
 * "/plans/x", "plans/x/index.html" and "/plans/x/" are the same page. A fragment is kept:
 * "/topics/#streaming" is a place on the topic index, not the index itself.
 */
export function normalizePath(path: string): string {
  const [beforeHash, hash] = path.split('#', 2);
  const page = beforeHash
    .split('?')[0]
    .replace(/index\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return `/${page}${page ? '/' : ''}${hash ? `#${hash}` : ''}`;
}

/** The site path of a URL path, without the base path ("/atlas/plans/" → "/plans/"). */
export function stripBase(base: string, pathname: string): string {
  const prefix = base.replace(/\/+$/, '');
  const path = prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  return normalizePath(path);
}

const samePage = (a: string, b: string) => normalizePath(a) === normalizePath(b);

function groupHolds(group: NavGroup, path: string): boolean {
  return (
    group.links.some((l) => samePage(l.path, path)) ||
    (group.prefix !== undefined && normalizePath(path).startsWith(normalizePath(group.prefix)))
  );
}

function itemHolds(item: NavItem, path: string): boolean {
  return isGroup(item) ? groupHolds(item, path) : samePage(item.path, path);
}

/**
 * The section a page belongs to: the one listing it, else the one owning its path prefix
 * (print views, anchors), else the first section (the start section: home, 404).
 */
export function sectionOf(sections: NavSection[], path: string): NavSection {
  const listed = sections.find(
    (s) => samePage(s.path, path) || s.items.some((i) => itemHolds(i, path)),
  );
  if (listed) return listed;
  const page = normalizePath(path);
  const byPrefix = sections
    .flatMap((s) => s.prefixes.map((prefix) => ({ s, prefix: normalizePath(prefix) })))
    .filter(({ prefix }) => prefix !== '/' && page.startsWith(prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return byPrefix?.s ?? sections[0];
}

/** Every page of the navigation in reading order: sections in order, each group's links in order. */
export function orderedLinks(sections: NavSection[]): NavLink[] {
  return sections.flatMap((s) => s.items.flatMap((i) => (isGroup(i) ? i.links : [i])));
}

/**
 * The pages before and after `path` in reading order, within its own section: a sequence never
 * runs on into an unrelated section (the last exercise does not lead to the checklists). The
 * last page of a section leads back to the section's first page, its overview, to pick the next
 * thing from; the first page has no previous one. A page that is not listed (print views, 404)
 * has neither.
 */
export function prevNext(sections: NavSection[], path: string): { prev?: NavLink; next?: NavLink } {
  const section = sections.find((s) => orderedLinks([s]).some((l) => samePage(l.path, path)));
  if (!section) return {};
  const links = orderedLinks([section]);
  const index = links.findIndex((l) => samePage(l.path, path));
  const last = index === links.length - 1;
  return {
    prev: links[index - 1],
    next: last ? (index > 0 ? links[0] : undefined) : links[index + 1],
  };
}

/**
 * At most `size` items of a list: all of them when they fit, else a run around `current` (its
 * index, or -1 for none: the run starts at the top).
 */
export function windowAround<T>(
  items: T[],
  current: number,
  size = WINDOW,
): { shown: T[]; clipped: boolean } {
  if (items.length <= size) return { shown: items, clipped: false };
  const start =
    current < 0 ? 0 : Math.max(0, Math.min(current - Math.floor(size / 2), items.length - size));
  return { shown: items.slice(start, start + size), clipped: true };
}

/** The sidebar of the page at `path`: every section as a link, its own section opened. */
export function scopedSidebar(
  sections: NavSection[],
  path: string,
  href: (path: string) => string,
): SidebarEntry[] {
  const current = sectionOf(sections, path);
  const link = (label: string, to: string): SidebarLink => ({
    type: 'link',
    label,
    href: href(to),
    isCurrent: samePage(to, path),
    badge: undefined,
    attrs: {},
  });
  const group = (label: string, entries: SidebarEntry[]): SidebarGroup => ({
    type: 'group',
    label,
    entries,
    collapsed: false,
    badge: undefined,
  });

  /** A list cut to the run around the current page, with a link to where it is listed in full. */
  const windowed = <T extends NavItem>(
    items: T[],
    whole: NavLink,
    render: (item: T) => SidebarEntry,
  ): SidebarEntry[] => {
    const { shown, clipped } = windowAround(
      items,
      items.findIndex((i) => itemHolds(i, path)),
    );
    const entries = shown.map(render);
    return clipped
      ? [...entries, link(`All ${items.length} in ${whole.label}`, whole.path)]
      : entries;
  };

  const renderItem = (item: NavItem): SidebarEntry => {
    if (!isGroup(item)) return link(item.label, item.path);
    if (!groupHolds(item, path)) return link(item.label, item.path);
    return group(
      item.label,
      windowed(item.links, item, (l) => link(l.label, l.path)),
    );
  };

  return sections.map((section) => {
    if (section !== current) return link(section.label, section.path);
    const [first, ...rest] = section.items;
    // The section's index stays first and always shown; the rest is windowed around the page.
    const index = first && !isGroup(first) ? [renderItem(first)] : [];
    const items = first && !isGroup(first) ? rest : section.items;
    return group(section.label, [...index, ...windowed(items, section, renderItem)]);
  });
}

/** A page of the content, as the navigation needs it. */
interface NavEntry {
  id: string;
  title: string;
  path: string;
}

/** Starlight's own pages (about, guides, sources): id is the path below the docs folder. */
interface NavDoc extends NavEntry {
  /** `sidebar.order` from the frontmatter: lower first, unordered pages last. */
  order?: number | undefined;
}

/** The validated content, reduced to what the navigation shows. Paths come from the content model. */
export interface NavigationContent {
  index: Record<
    'plans' | 'projects' | 'topics' | 'checklists' | 'templates' | 'reading',
    { label: string; path: string }
  >;
  /** Pages of our own that belong to no collection (learning map, progress, print views). */
  pages: { home: string; map: string; progress: string; checklistsPrint: string };
  plans: Array<NavEntry & { order: number; weeks: Array<NavEntry & { number: number }> }>;
  projects: Array<NavEntry & { level: Level }>;
  topics: Array<NavEntry & { category: TopicCategory }>;
  /** SQL exercises and where their catalog is (the catalog page exists even with no exercises). */
  practice?: { label: string; path: string; exercises: Array<NavEntry & { level: Level }> };
  checklists: NavEntry[];
  templates: NavEntry[];
  reading: NavEntry[];
  docs: NavDoc[];
}

const collator = new Intl.Collator('en');
const numeric = new Intl.Collator('en', { numeric: true });
const byTitle = (a: NavEntry, b: NavEntry) => collator.compare(a.title, b.title);
const asLink = (e: NavEntry): NavLink => ({ label: e.title, path: e.path });
const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
/** "/topics/" + "Data modelling" → "/topics/#data-modelling", the index page's heading for it. */
const anchor = (indexPath: string, heading: string) => `${indexPath}#${slugify(heading)}`;

/** Docs in Starlight's autogenerated order: `sidebar.order`, then id. */
const byDocOrder = (a: NavDoc, b: NavDoc) =>
  (a.order ?? Number.MAX_VALUE) - (b.order ?? Number.MAX_VALUE) || collator.compare(a.id, b.id);

function docsUnder(docs: NavDoc[], dir: string): NavDoc[] {
  return docs.filter((d) => d.id === dir || d.id.startsWith(`${dir}/`)).sort(byDocOrder);
}

/** Guides are grouped by their folder (one per source document), folders in docs order. */
function guideGroups(docs: NavDoc[]): NavItem[] {
  const guides = docsUnder(docs, 'guides');
  const folders = new Map<string, NavDoc[]>();
  for (const doc of guides) {
    const parts = doc.id.split('/');
    const folder = parts.length > 2 ? parts[1] : '';
    folders.set(folder, [...(folders.get(folder) ?? []), doc]);
  }
  const firstOrder = (list: NavDoc[]) => Math.min(...list.map((d) => d.order ?? Number.MAX_VALUE));
  return [...folders.entries()]
    .sort(([a, la], [b, lb]) => firstOrder(la) - firstOrder(lb) || collator.compare(a, b))
    .flatMap(([folder, list]): NavItem[] => {
      if (!folder) return list.map(asLink);
      // A folder has no page of its own: its first guide stands for it.
      return [
        {
          label: capitalise(folder.replace(/-/g, ' ')),
          path: list[0].path,
          prefix: `/guides/${folder}/`,
          links: list.map(asLink),
        },
      ];
    });
}

/** SQL practice: the catalog, then its exercises by level, as the catalog groups them. */
function practiceSection(practice: NonNullable<NavigationContent['practice']>): NavSection {
  return {
    id: 'practice',
    label: practice.label,
    path: practice.path,
    // Dataset pages live below the catalog too.
    prefixes: [practice.path],
    items: [
      { label: 'All exercises', path: practice.path },
      ...levels
        .map((level) => ({
          label: capitalise(level),
          path: anchor(practice.path, level),
          links: practice.exercises
            .filter((e) => e.level === level)
            .sort(byTitle)
            .map(asLink),
        }))
        .filter((g) => g.links.length > 0),
    ],
  };
}

/** The sections of the site, in the order a reader meets them, from the validated content. */
export function buildSections(content: NavigationContent): NavSection[] {
  const { index, pages } = content;
  const plans = [...content.plans].sort((a, b) => a.order - b.order || byTitle(a, b));
  const guides = guideGroups(content.docs);
  const sources = docsUnder(content.docs, 'sources');
  const about: NavItem[] = [
    ...docsUnder(content.docs, 'about').map(asLink),
    ...(sources.length > 0
      ? [
          {
            label: 'Sources',
            path: sources[0].path,
            prefix: '/sources/',
            links: sources.map(asLink),
          },
        ]
      : []),
  ];
  /** The section of a collection with an index page: that page first, then `items`. */
  const indexSection = (key: keyof typeof index, indexLabel: string, items: NavItem[]) => ({
    id: key,
    label: index[key].label,
    path: index[key].path,
    prefixes: [index[key].path],
    items: [{ label: indexLabel, path: index[key].path }, ...items],
  });
  const flat = (key: 'checklists' | 'templates' | 'reading', indexLabel: string): NavSection =>
    indexSection(key, indexLabel, [...content[key]].sort(byTitle).map(asLink));
  const checklists = flat('checklists', 'All checklists');
  // The printable set of every checklist belongs to the checklists without being a step of them.
  checklists.prefixes.push(pages.checklistsPrint);

  return [
    {
      id: 'start',
      label: 'Start here',
      path: pages.home,
      prefixes: [pages.map, pages.progress],
      items: [
        { label: 'Home', path: pages.home },
        { label: 'Your progress', path: pages.progress },
        { label: 'Learning map', path: pages.map },
      ],
    },
    indexSection(
      'plans',
      'All plans',
      plans.map((plan): NavItem => {
        if (plan.weeks.length === 0) return asLink(plan);
        const weeks = [...plan.weeks].sort((a, b) => a.number - b.number);
        return {
          label: plan.title,
          path: plan.path,
          prefix: plan.path,
          links: [
            { label: 'Overview', path: plan.path },
            ...weeks.map((w) => ({ label: `Week ${w.number}: ${w.title}`, path: w.path })),
          ],
        };
      }),
    ),
    indexSection(
      'projects',
      'Project catalog',
      levels
        .map((level) => ({
          label: capitalise(level),
          path: anchor(index.projects.path, level),
          links: content.projects
            .filter((p) => p.level === level)
            .sort((a, b) => numeric.compare(a.id, b.id))
            .map(asLink),
        }))
        .filter((g) => g.links.length > 0),
    ),
    indexSection(
      'topics',
      'Topic index',
      topicCategories
        .map((category) => ({
          label: topicCategoryLabels[category],
          path: anchor(index.topics.path, topicCategoryLabels[category]),
          links: content.topics
            .filter((t) => t.category === category)
            .sort(byTitle)
            .map(asLink),
        }))
        .filter((g) => g.links.length > 0),
    ),
    ...(content.practice ? [practiceSection(content.practice)] : []),
    checklists,
    flat('templates', 'All templates'),
    flat('reading', 'All reading lists'),
    ...(guides.length > 0
      ? [
          {
            id: 'guides',
            label: 'Guides',
            path: isGroup(guides[0]) ? guides[0].links[0].path : guides[0].path,
            prefixes: ['/guides/'],
            items: guides,
          },
        ]
      : []),
    // How the atlas is made and where its material came from (the source documents and the
    // editorial notes on migrating them) is for the curious, not a step of anyone's study: it
    // comes last, under About, rather than as a section of its own beside the learning material.
    ...(about.length > 0
      ? [
          {
            id: 'about',
            label: 'About',
            path: about[0].path,
            prefixes: ['/about/', '/sources/'],
            items: about,
          },
        ]
      : []),
  ];
}

/** A page's own `prev`/`next` frontmatter, as Starlight's docs schema allows it. */
type PaginationOverride =
  boolean | string | { link?: string | undefined; label?: string | undefined } | undefined;

/**
 * Starlight's rules for a page's `prev`/`next` frontmatter, applied to the link reading order
 * gives: `false` hides it, a string relabels it, `{ link, label }` replaces either part (its
 * `link` is used as written, like Starlight does).
 */
export function applyPaginationOverride(
  found: NavLink | undefined,
  override: PaginationOverride,
  href: (path: string) => string,
): { label: string; href: string } | undefined {
  const rendered = found && { label: found.label, href: href(found.path) };
  if (override === false) return undefined;
  if (override === undefined || override === true) return rendered;
  if (typeof override === 'string') return rendered && { ...rendered, label: override };
  if (rendered)
    return { label: override.label ?? rendered.label, href: override.link ?? rendered.href };
  return override.link && override.label
    ? { label: override.label, href: override.link }
    : undefined;
}
