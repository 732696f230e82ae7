import { backlinksFrom } from '../links';
import { BODY, outline } from '../headings';
import { keysOf, projectItems } from '../../progress/tracked-items';
import { routes } from '../urls';
import { pick, planTitle, type AtlasData, type ProjectEntry } from './entries';
import { linker, type Fact, type LinkItem, type TickList } from './view';

/** A group of links under "Related" on a project page. */
interface RelatedGroup {
  title: string;
  items: LinkItem[];
}

/** Everything a project page renders, from the project and what links to it. */
export function projectPageProps(atlas: AtlasData, project: ProjectEntry, base: string) {
  const d = project.data;
  const link = linker(base);
  const linking = (collection: string, field?: string) =>
    backlinksFrom(atlas.graph, { collection: 'projects', id: project.id }, collection, field).map(
      (id) => ({ id }),
    );
  // A page the project's own text already links (its week, its plan) is not listed again
  // under Related.
  const linkedInBody = new Set(
    [...(project.body ?? '').matchAll(/\]\((\/[^)\s#]*)/g)].map((m) => m[1]),
  );
  const links = (items: Array<{ route: string; title: string; description?: string }>) =>
    items
      .filter((item) => !linkedInBody.has(item.route))
      .map(({ route, ...item }): LinkItem => ({ href: link(route), ...item }));
  const projectLinks = (projects: ProjectEntry[]): LinkItem[] =>
    links(projects.map((p) => ({ route: routes.project(p.id), title: p.data.title })));

  const related: RelatedGroup[] = [
    { title: 'Do these first', items: projectLinks(pick(atlas.projects, d.prerequisites)) },
    {
      title: 'Projects that build on this one',
      items: projectLinks(pick(atlas.projects, linking('projects', 'prerequisites'))),
    },
    {
      title: 'Built in',
      items: links(
        pick(atlas.weeks, linking('weeks', 'projects')).map((w) => ({
          route: routes.week(w.data.plan.id, w.data.number),
          title: `Week ${w.data.number}: ${w.data.title}`,
          description: planTitle(atlas, w.data.plan.id),
        })),
      ),
    },
    {
      title: 'Part of',
      items: links(
        pick(atlas.plans, linking('plans')).map((p) => ({
          route: routes.plan(p.id),
          title: p.data.title,
        })),
      ),
    },
  ].filter((group) => group.items.length > 0);

  const tasks: TickList = {
    collection: 'projects',
    entry: project.id,
    items: d.tasks,
    keys: keysOf(projectItems(project.id, d.tasks)),
  };
  const facts: Fact[] = [
    ['Project', d.number ? `#${d.number}` : undefined],
    ['Level', d.level],
    // The number of tasks is not a fact of its own: the Tasks section's meter says "0 of N done".
  ];

  return {
    title: d.title,
    summary: d.summary,
    summaryLabel: d.summaryLabel ?? 'What you build',
    file: project.filePath,
    level: d.level,
    facts,
    topics: pick(atlas.topics, d.topics),
    skills: d.skills,
    tables: d.tables,
    tasks,
    deliverables: d.deliverables,
    related,
    source: d.source,
    outline: outline([
      ['skills', 'Skills and tools', d.skills.length > 0],
      ['tables', 'Tables to build', d.tables.length > 0],
      ['tasks', 'Tasks', d.tasks.length > 0],
      ['deliverables', 'Deliverables', d.deliverables.length > 0],
      BODY,
      ['related', 'Related', related.length > 0],
    ]),
  };
}

export type ProjectPageProps = ReturnType<typeof projectPageProps>;
