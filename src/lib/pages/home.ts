import { routes } from '../urls';
import type { AtlasData } from './entries';
import { linker } from './view';

/** One card of the home page's map of the site: a kind of material, counted from the content. */
export interface HomeCard {
  title: string;
  href: string;
  count: string;
  text: string;
}

/** The home page's cards, one per kind of material, with counts taken from the content. */
export function homeCards(atlas: AtlasData, base: string): HomeCard[] {
  const link = linker(base);
  const checklistItems = atlas.checklists.reduce(
    (n, c) => n + c.data.groups.reduce((m, g) => m + g.items.length, 0),
    0,
  );
  return [
    {
      title: 'Plans',
      href: link(routes.plans()),
      count: `${atlas.plans.length} plans, ${atlas.weeks.length} weeks`,
      text: 'Week-by-week schedules with objectives, labs and the project of each week.',
    },
    {
      title: 'Projects',
      href: link(routes.projects()),
      count: `${atlas.projects.length} projects`,
      text: 'Things to build, beginner to expert, each with its tools, tasks and topics.',
    },
    {
      title: 'Topics',
      href: link(routes.topics()),
      count: `${atlas.topics.length} topics`,
      text: 'Concepts and tools, each linked to the weeks, projects and resources that use it.',
    },
    {
      title: 'Checklists',
      href: link(routes.checklists()),
      count: `${atlas.checklists.length} checklists, ${checklistItems} items`,
      text: 'Readiness, weekly review and skills checklists to tick and print.',
    },
    {
      title: 'Templates',
      href: link(routes.templates()),
      count: `${atlas.templates.length} templates`,
      text: 'Study logs, design decision records and project READMEs to copy.',
    },
    {
      title: 'Reading lists',
      href: link(routes.readingLists()),
      count: `${atlas.resources.length} resources`,
      text: "Books, courses, docs and blogs, in each source's own order.",
    },
  ];
}
