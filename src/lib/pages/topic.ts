import { backlinksFrom } from '../links';
import { BODY, heading, outline } from '../headings';
import { topicNeighbourhood } from '../../diagrams/mermaid-source';
import { routes } from '../urls';
import { topicCategoryLabels } from '../../schemas/enums';
import { pick, union, type AtlasData, type TopicEntry } from './entries';
import { linker, type LinkItem } from './view';
import { exerciseLinks } from '../../practice/page-props';

/** A plan that covers a topic, with the weeks of it that do (none when the plan names it itself). */
export interface PlanWithWeeks extends LinkItem {
  weeks: LinkItem[];
}

/** A small diagram: the closest neighbours only; the lists below and beside it are complete. */
export const DIAGRAM_LIMIT = 6;

/** Everything a topic page renders: the topic, and every entry that links to it or it links to. */
export function topicPageProps(atlas: AtlasData, topic: TopicEntry, base: string) {
  const d = topic.data;
  const link = linker(base);
  const linking = (collection: string, field?: string) =>
    backlinksFrom(atlas.graph, { collection: 'topics', id: topic.id }, collection, field);

  // Related in either direction: listed here, or listing this topic.
  const related = pick(atlas.topics, union(d.related, linking('topics', 'related')));
  const projects = pick(
    atlas.projects,
    linking('projects', 'topics').map((id) => ({ id })),
  );
  const weeks = pick(
    atlas.weeks,
    linking('weeks').map((id) => ({ id })),
  );
  // A plan is listed once, with the weeks of it that cover the topic under it; in the plans
  // index's order.
  const plans = pick(
    atlas.plans,
    union(
      linking('plans').map((id) => ({ id })),
      weeks.map((w) => w.data.plan.id),
    ),
  ).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  const checklists = pick(
    atlas.checklists,
    linking('checklists').map((id) => ({ id })),
  );
  // Only the learner's guides: the source notes (editorial notes on migrating each document)
  // link to many topics too, but they live under About, not in a topic's reading.
  const guides = pick(
    atlas.docs,
    linking('docs')
      .filter((id) => id.startsWith('guides/'))
      .map((id) => ({ id })),
  );
  const exercises = pick(
    atlas.exercises ?? [],
    linking('exercises', 'topics').map((id) => ({ id })),
  );
  const resources = pick(atlas.resources, union(d.resources, linking('resources', 'topics')));

  const more =
    Math.max(0, related.length - DIAGRAM_LIMIT) + Math.max(0, projects.length - DIAGRAM_LIMIT);
  const category = topicCategoryLabels[d.category];
  const links = {
    projects: projects.map((p): LinkItem => ({
      href: link(routes.project(p.id)),
      title: p.data.title,
      description: p.data.level,
    })),
    plans: plans.map((p): PlanWithWeeks => ({
      href: link(routes.plan(p.id)),
      title: p.data.title,
      weeks: weeks
        .filter((w) => w.data.plan.id === p.id)
        .map((w) => ({
          href: link(routes.week(p.id, w.data.number)),
          title: `Week ${w.data.number}: ${w.data.title}`,
        })),
    })),
    checklists: checklists.map((c): LinkItem => ({
      href: link(routes.checklist(c.id)),
      title: c.data.title,
    })),
    exercises: exerciseLinks(exercises, base),
    guides: guides.map((g): LinkItem => ({
      href: link(`/${g.id}/`),
      title: g.data.title,
      description: g.data.description,
    })),
  };

  // Each question is an h3 under "Interview questions", its id the slug of its text, so a link
  // to one question survives edits elsewhere on the page.
  const questions = d.questions.map((q) => ({ heading: heading(q.question, 3), answer: q.answer }));

  return {
    title: d.title,
    summary: d.summary,
    file: topic.filePath,
    aliases: d.aliases,
    version: d.version,
    questions,
    category: { label: category, href: link(`${routes.topics()}#${heading(category).slug}`) },
    neighbourhood: {
      code: topicNeighbourhood(
        { id: topic.id, label: d.title },
        related
          .slice(0, DIAGRAM_LIMIT)
          .map((t) => ({ id: t.id, label: t.data.title, href: link(routes.topic(t.id)) })),
        projects
          .slice(0, DIAGRAM_LIMIT)
          .map((p) => ({ id: p.id, label: p.data.title, href: link(routes.project(p.id)) })),
      ),
      caption: `${d.title}: related topics (linked by a line) and projects that practise it (arrows)${more ? `; ${more} more in the lists below` : ''}.`,
      related,
      // The projects are listed in full under "Projects": the diagram's text points there.
      practised: projects.length > 0,
    },
    links,
    resources: resources.map((resource) => ({
      resource,
      lists: atlas.reading
        .filter((list) => list.data.items.some((item) => item.resource.id === resource.id))
        .map((list): LinkItem => ({ href: link(routes.reading(list.id)), title: list.data.title })),
    })),
    outline: outline([
      BODY,
      ['questions', 'Interview questions', questions.length > 0],
      ['neighbourhood', 'Neighbourhood', related.length > 0 || projects.length > 0],
      ['projects', 'Projects', projects.length > 0],
      ['plans', 'Plans', plans.length > 0],
      ['checklists', 'Checklists', checklists.length > 0],
      ['exercises', 'SQL exercises', exercises.length > 0],
      ['guides', 'Guides', guides.length > 0],
      ['resources', 'Resources', resources.length > 0],
    ]),
  };
}
