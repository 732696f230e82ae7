import { describe, expect, it } from 'vitest';
import {
  applyPaginationOverride,
  buildSections,
  normalizePath,
  orderedLinks,
  prevNext,
  scopedSidebar,
  sectionOf,
  stripBase,
  windowAround,
  WINDOW,
  type NavigationContent,
  type SidebarEntry,
} from '../../../src/navigation/sections';

const entry = (prefix: string, id: string, title = id) => ({
  id,
  title,
  path: `/${prefix}/${id}/`,
});

/** A small site: two plans (one with weeks), projects at two levels, topics, docs. */
function content(overrides: Partial<NavigationContent> = {}): NavigationContent {
  return {
    index: {
      plans: { label: 'Plans', path: '/plans/' },
      projects: { label: 'Projects', path: '/projects/' },
      topics: { label: 'Topics', path: '/topics/' },
      checklists: { label: 'Checklists', path: '/checklists/' },
      templates: { label: 'Templates', path: '/templates/' },
      reading: { label: 'Reading lists', path: '/reading/' },
    },
    pages: {
      home: '/',
      map: '/map/',
      progress: '/progress/',
      checklistsPrint: '/checklists/print/',
    },
    plans: [
      {
        ...entry('plans', 'study', 'Study plan'),
        order: 2,
        weeks: [2, 1].map((n) => ({
          id: `study/week-${n}`,
          title: `W${n}`,
          path: `/plans/study/week-${n}/`,
          number: n,
        })),
      },
      { ...entry('plans', 'timeline', 'Timeline'), order: 1, weeks: [] },
    ],
    projects: [
      { ...entry('projects', '10-ten', 'Ten'), level: 'beginner' },
      { ...entry('projects', '2-two', 'Two'), level: 'beginner' },
      { ...entry('projects', '20-lake', 'Lake'), level: 'advanced' },
    ],
    topics: [
      { ...entry('topics', 'kafka', 'Kafka'), category: 'streaming' },
      { ...entry('topics', 'flink', 'Flink'), category: 'streaming' },
      { ...entry('topics', 'sql', 'SQL'), category: 'languages' },
    ],
    checklists: [entry('checklists', 'b', 'Beta'), entry('checklists', 'a', 'Alpha')],
    templates: [entry('templates', 'adr', 'ADR')],
    reading: [entry('reading', 'books', 'Books')],
    docs: [
      { id: 'about/using', title: 'Using', path: '/about/using/' },
      { id: 'guides/two/b', title: 'Guide B', path: '/guides/two/b/' },
      { id: 'guides/two/a', title: 'Guide A', path: '/guides/two/a/' },
      { id: 'guides/one/z', title: 'Guide Z', path: '/guides/one/z/', order: 1 },
      { id: 'sources/x', title: 'Source X', path: '/sources/x/' },
      { id: 'sources', title: 'Sources', path: '/sources/', order: 0 },
    ],
    ...overrides,
  };
}

const plain = (entries: SidebarEntry[]): unknown[] =>
  entries.map((e) =>
    e.type === 'link'
      ? `${e.isCurrent ? '*' : ''}${e.label} ${e.href}`
      : { [e.label]: plain(e.entries) },
  );

const sidebarOf = (path: string, c = content()) =>
  plain(scopedSidebar(buildSections(c), path, (p) => `/base${p}`));

describe('paths', () => {
  it.each([
    ['/plans/x', '/plans/x/'],
    ['plans/x/index.html', '/plans/x/'],
    ['/plans/x/?q=1', '/plans/x/'],
    ['/', '/'],
    ['', '/'],
    ['/topics/#streaming', '/topics/#streaming'],
  ])('%s is the page %s', (path, normal) => expect(normalizePath(path)).toBe(normal));

  it('strips the base path of a URL', () => {
    expect(stripBase('/atlas/', '/atlas/plans/x/')).toBe('/plans/x/');
    expect(stripBase('/atlas', '/atlas/')).toBe('/');
    expect(stripBase('/', '/plans/')).toBe('/plans/');
  });
});

describe('sectionOf', () => {
  const sections = buildSections(content());
  it.each([
    ['/', 'start'],
    ['/map/', 'start'],
    ['/about/using/', 'about'],
    ['/plans/', 'plans'],
    ['/plans/study/week-1/', 'plans'],
    ['/plans/study/print/', 'plans'],
    ['/projects/20-lake/', 'projects'],
    ['/topics/kafka/', 'topics'],
    ['/checklists/print/', 'checklists'],
    ['/templates/adr/', 'templates'],
    ['/reading/books/', 'reading'],
    ['/guides/two/a/', 'guides'],
    ['/sources/', 'about'],
    ['/sources/x/', 'about'],
    ['/nowhere/', 'start'],
  ])('%s is in the %s section', (path, id) => expect(sectionOf(sections, path).id).toBe(id));
});

describe('scopedSidebar', () => {
  it('opens the current section and group only; other sections and groups are one link each', () => {
    expect(sidebarOf('/topics/kafka/')).toEqual([
      'Start here /base/',
      'Plans /base/plans/',
      'Projects /base/projects/',
      {
        Topics: [
          'Topic index /base/topics/',
          'Languages and algorithms /base/topics/#languages-and-algorithms',
          { Streaming: ['Flink /base/topics/flink/', '*Kafka /base/topics/kafka/'] },
        ],
      },
      'Checklists /base/checklists/',
      'Templates /base/templates/',
      'Reading lists /base/reading/',
      'Guides /base/guides/one/z/',
      'About /base/about/using/',
    ]);
  });

  it('lists a plan with its weeks in order, and plans by their order', () => {
    expect(sidebarOf('/plans/study/week-2/')[1]).toEqual({
      Plans: [
        'All plans /base/plans/',
        'Timeline /base/plans/timeline/',
        {
          'Study plan': [
            'Overview /base/plans/study/',
            'Week 1: W1 /base/plans/study/week-1/',
            '*Week 2: W2 /base/plans/study/week-2/',
          ],
        },
      ],
    });
  });

  it('keeps a print view in its plan group, with no entry marked current', () => {
    const plans = sidebarOf('/plans/study/print/')[1] as { Plans: unknown[] };
    expect(plans.Plans[2]).toEqual({
      'Study plan': [
        'Overview /base/plans/study/',
        'Week 1: W1 /base/plans/study/week-1/',
        'Week 2: W2 /base/plans/study/week-2/',
      ],
    });
  });

  it('shows a section index with every group closed, and anchors are never the current page', () => {
    expect(sidebarOf('/projects/')[2]).toEqual({
      Projects: [
        '*Project catalog /base/projects/',
        'Beginner /base/projects/#beginner',
        'Advanced /base/projects/#advanced',
      ],
    });
  });

  it('orders projects by number within a level', () => {
    expect(sidebarOf('/projects/2-two/')[2]).toEqual({
      Projects: [
        'Project catalog /base/projects/',
        { Beginner: ['*Two /base/projects/2-two/', 'Ten /base/projects/10-ten/'] },
        'Advanced /base/projects/#advanced',
      ],
    });
  });

  it('groups guides by folder, ordered by sidebar order then id', () => {
    expect(sidebarOf('/guides/two/b/')[7]).toEqual({
      Guides: [
        'One /base/guides/one/z/',
        { Two: ['Guide A /base/guides/two/a/', '*Guide B /base/guides/two/b/'] },
      ],
    });
  });

  it('does not grow with the entries of other sections, groups, or far parts of its own list', () => {
    const many = (n: number) =>
      content({
        topics: Array.from({ length: n }, (_, i) => ({
          ...entry('topics', `t${i}`, `T${String(i).padStart(4, '0')}`),
          category: 'streaming' as const,
        })),
        projects: Array.from({ length: n }, (_, i) => ({
          ...entry('projects', `p${i}`),
          level: 'expert' as const,
        })),
        checklists: Array.from({ length: n }, (_, i) =>
          entry('checklists', `c${i}`, `C${String(i).padStart(4, '0')}`),
        ),
      });
    const count = (entries: SidebarEntry[]): number =>
      entries.reduce((n, e) => n + 1 + (e.type === 'group' ? count(e.entries) : 0), 0);
    const size = (n: number, path: string) =>
      count(scopedSidebar(buildSections(many(n)), path, (p) => p));
    for (const path of [
      '/topics/t50/',
      '/projects/p50/',
      '/checklists/c50/',
      '/plans/study/week-1/',
    ]) {
      expect(size(1000, path), path).toBe(size(100, path));
      expect(size(1000, path), path).toBeLessThan(9 + 2 * WINDOW + 4);
    }
  });

  it('shows a long list as a run around the current page and a link to the full list', () => {
    const topics = Array.from({ length: 40 }, (_, i) => ({
      ...entry('topics', `t${i}`, `T${String(i).padStart(2, '0')}`),
      category: 'streaming' as const,
    }));
    const sidebar = sidebarOf('/topics/t20/', content({ topics }));
    const streaming = (sidebar[3] as { Topics: Array<Record<string, string[]>> }).Topics[1]
      .Streaming;
    expect(streaming).toHaveLength(WINDOW + 1);
    expect(streaming).toContain('*T20 /base/topics/t20/');
    expect(streaming[0]).toBe('T12 /base/topics/t12/');
    expect(streaming.at(-1)).toBe('All 40 in Streaming /base/topics/#streaming');
  });
});

describe('windowAround', () => {
  const items = Array.from({ length: 10 }, (_, i) => i);
  it('keeps a short list whole', () =>
    expect(windowAround(items, 3, 10)).toEqual({ shown: items, clipped: false }));
  it('centres the current item', () =>
    expect(windowAround(items, 5, 4).shown).toEqual([3, 4, 5, 6]));
  it('stays inside the list at both ends', () => {
    expect(windowAround(items, 0, 4).shown).toEqual([0, 1, 2, 3]);
    expect(windowAround(items, 9, 4).shown).toEqual([6, 7, 8, 9]);
  });
  it('starts at the top when nothing is current', () =>
    expect(windowAround(items, -1, 3)).toEqual({ shown: [0, 1, 2], clipped: true }));
});

describe('prev/next', () => {
  const sections = buildSections(content());
  const labels = orderedLinks(sections).map((l) => l.label);

  it('follow the whole site in reading order, section by section', () => {
    expect(labels).toEqual([
      'Home',
      'Your progress',
      'Learning map',
      'All plans',
      'Timeline',
      'Overview',
      'Week 1: W1',
      'Week 2: W2',
      'Project catalog',
      'Two',
      'Ten',
      'Lake',
      'Topic index',
      'SQL',
      'Flink',
      'Kafka',
      'All checklists',
      'Alpha',
      'Beta',
      'All templates',
      'ADR',
      'All reading lists',
      'Books',
      'Guide Z',
      'Guide A',
      'Guide B',
      'Using',
      'Sources',
      'Source X',
    ]);
  });

  it('stay within a section: its first page has no previous one, its last leads back to the first', () => {
    expect(prevNext(sections, '/topics/')).toEqual({
      next: { label: 'SQL', path: '/topics/sql/' },
    });
    // The last topic does not run on into the checklists.
    expect(prevNext(sections, '/topics/kafka/')).toEqual({
      prev: { label: 'Flink', path: '/topics/flink/' },
      next: { label: 'Topic index', path: '/topics/' },
    });
    expect(prevNext(sections, '/').prev).toBeUndefined();
    expect(prevNext(sections, '/sources/x/')).toEqual({
      prev: { label: 'Sources', path: '/sources/' },
      next: { label: 'Using', path: '/about/using/' },
    });
  });

  it('are absent on pages the navigation does not list', () => {
    expect(prevNext(sections, '/plans/study/print/')).toEqual({});
    expect(prevNext(sections, '/checklists/print/')).toEqual({});
  });

  it("follow a page's own prev/next frontmatter", () => {
    const found = { label: 'Kafka', path: '/topics/kafka/' };
    const href = (p: string) => `/base${p}`;
    expect(applyPaginationOverride(found, undefined, href)).toEqual({
      label: 'Kafka',
      href: '/base/topics/kafka/',
    });
    expect(applyPaginationOverride(found, false, href)).toBeUndefined();
    expect(applyPaginationOverride(found, 'Stream on', href)).toEqual({
      label: 'Stream on',
      href: '/base/topics/kafka/',
    });
    expect(applyPaginationOverride(found, { link: '/elsewhere/' }, href)).toEqual({
      label: 'Kafka',
      href: '/elsewhere/',
    });
    expect(applyPaginationOverride(undefined, { link: '/x/', label: 'X' }, href)).toEqual({
      label: 'X',
      href: '/x/',
    });
    expect(applyPaginationOverride(undefined, { label: 'X' }, href)).toBeUndefined();
  });
});

describe('the practice section', () => {
  const practice: NonNullable<NavigationContent['practice']> = {
    label: 'SQL practice',
    path: '/practice/',
    exercises: [
      { ...entry('practice', 'rank-ties', 'Rank with ties'), level: 'intermediate' },
      { ...entry('practice', 'anti-join', 'Anti join'), level: 'beginner' },
      { ...entry('practice', 'merge', 'Merge'), level: 'beginner' },
    ],
  };

  it('comes after the topics, with the catalog first and exercises grouped by level', () => {
    const sections = buildSections(content({ practice }));
    expect(sections.map((s) => s.id).slice(3, 5)).toEqual(['topics', 'practice']);
    const section = sections.find((s) => s.id === 'practice');
    expect(section?.items.map((i) => i.label)).toEqual([
      'All exercises',
      'Beginner',
      'Intermediate',
    ]);
    expect(section?.items[1]).toMatchObject({
      path: '/practice/#beginner',
      links: [
        { label: 'Anti join', path: '/practice/anti-join/' },
        { label: 'Merge', path: '/practice/merge/' },
      ],
    });
  });

  it('holds the dataset pages below the catalog, and keeps the catalog when there are no exercises', () => {
    const sections = buildSections(content({ practice }));
    expect(sectionOf(sections, '/practice/datasets/shop/').id).toBe('practice');
    const none = buildSections(content({ practice: { ...practice, exercises: [] } }));
    expect(none.find((s) => s.id === 'practice')?.items).toEqual([
      { label: 'All exercises', path: '/practice/' },
    ]);
    expect(buildSections(content()).map((s) => s.id)).not.toContain('practice');
  });
});
