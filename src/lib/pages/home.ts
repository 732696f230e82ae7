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

/** A way in for a reader with a goal: where to go, and why. */
interface WayLink {
  href: string;
  title: string;
  note?: string | undefined;
}

/**
 * "I have an interview": the interview material, then the topics behind the questions. Each link
 * is listed only when its page exists, so renaming content never leaves a dead link here.
 */
export function interviewWays(atlas: AtlasData, base: string): WayLink[] {
  const link = linker(base);
  const doc = (id: string, note: string): WayLink[] => {
    const d = atlas.docs.find((x) => x.id === id);
    return d ? [{ href: link(`/${d.id}/`), title: d.data.title, note }] : [];
  };
  const reading = atlas.reading.find((r) => r.id === 'interview-materials');
  const readiness = atlas.checklists.find((c) => c.id === 'senior-resources-readiness');
  const systemDesign = atlas.topics.find((t) => t.id === 'system-design');
  return [
    ...doc('guides/interview-guide/preparation', 'what senior interviews ask, round by round'),
    ...doc(
      'guides/learning-path/interview-questions',
      'questions to practise, with answer outlines',
    ),
    ...doc(
      'guides/senior-study-plan/study-plan-mock-interviews-system-design-story-bank',
      'mock interviews and a story bank',
    ),
    ...(reading
      ? [
          {
            href: link(routes.reading(reading.id)),
            title: reading.data.title,
            note: 'books and courses',
          },
        ]
      : []),
    ...(readiness
      ? [
          {
            href: link(routes.checklist(readiness.id)),
            title: readiness.data.title,
            note: 'four checks to tick',
          },
        ]
      : []),
    ...(systemDesign
      ? [
          {
            href: link(routes.topic(systemDesign.id)),
            title: systemDesign.data.title,
            note: 'the design loop',
          },
        ]
      : []),
    // "SQL is mandatory" in the interview guide: practice on a real PostgreSQL in the page.
    ...((atlas.exercises ?? []).length > 0
      ? [
          {
            href: link('/practice/'),
            title: 'SQL practice',
            note: `${(atlas.exercises ?? []).length} exercises on PostgreSQL in your browser`,
          },
        ]
      : []),
    {
      href: link(routes.topics()),
      title: 'Every topic',
      note: 'concepts and tools, one page each',
    },
  ];
}

/** "I learn by building": the project catalog, counted by level. */
export function buildingWay(atlas: AtlasData, base: string) {
  const link = linker(base);
  const levels = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
  return {
    href: link(routes.projects()),
    count: atlas.projects.length,
    byLevel: levels
      .map((level) => ({
        level,
        count: atlas.projects.filter((p) => p.data.level === level).length,
        href: link(`${routes.projects()}#${level}`),
      }))
      .filter((l) => l.count > 0),
  };
}
