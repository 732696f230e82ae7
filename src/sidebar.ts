import { join } from 'node:path';
import { levels, topicCategories, topicCategoryLabels } from './schemas/enums';
import { readCollectionFiles, type ContentFile } from '../scripts/lib/content-reader';
import { routes } from './lib/urls';

/**
 * The sidebar, built from the content folders when the config loads. Built here rather than in
 * route middleware because Starlight computes prev/next links from the configured sidebar.
 */
const contentDir = join(process.cwd(), 'src', 'content');
const read = (collection: string) => readCollectionFiles(join(contentDir, collection));
const title = (f: ContentFile) => String(f.data.title ?? f.id);
const byTitle = (a: ContentFile, b: ContentFile) => title(a).localeCompare(title(b));
const link = (label: string, href: string) => ({ label, link: href });

function planGroups() {
  const weeks = read('weeks');
  return read('plans')
    .sort((a, b) => Number(a.data.order ?? 100) - Number(b.data.order ?? 100) || byTitle(a, b))
    .map((plan) => {
      const planWeeks = weeks
        .filter((w) => w.data.plan === plan.id)
        .sort((a, b) => Number(a.data.number) - Number(b.data.number))
        .map((w) => link(`Week ${w.data.number}: ${title(w)}`, routes.week(plan.id, Number(w.data.number))));
      return planWeeks.length
        ? { label: title(plan), collapsed: true, items: [link('Overview', routes.plan(plan.id)), ...planWeeks] }
        : link(title(plan), routes.plan(plan.id));
    });
}

function projectGroups() {
  const projects = read('projects');
  return levels
    .map((level) => ({
      label: level[0].toUpperCase() + level.slice(1),
      collapsed: true,
      items: projects
        .filter((p) => p.data.level === level)
        .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
        .map((p) => link(title(p), routes.project(p.id))),
    }))
    .filter((g) => g.items.length > 0);
}

function topicGroups() {
  const topics = read('topics');
  return topicCategories
    .map((category) => ({
      label: topicCategoryLabels[category],
      collapsed: true,
      items: topics.filter((t) => t.data.category === category).sort(byTitle).map((t) => link(title(t), routes.topic(t.id))),
    }))
    .filter((g) => g.items.length > 0);
}

const entries = (collection: string, route: (id: string) => string) => read(collection).sort(byTitle).map((f) => link(title(f), route(f.id)));

export function buildSidebar() {
  return [
    { label: 'Start here', items: [link('Home', '/'), link('Learning map', '/map/'), link('Your progress', '/progress/'), { autogenerate: { directory: 'about' } }] },
    { label: 'Plans', items: [link('All plans', routes.plans()), ...planGroups()] },
    { label: 'Projects', items: [link('Project catalog', routes.projects()), ...projectGroups()] },
    { label: 'Topics', collapsed: true, items: [link('Topic index', routes.topics()), ...topicGroups()] },
    { label: 'Checklists', collapsed: true, items: [link('All checklists', routes.checklists()), ...entries('checklists', routes.checklist)] },
    { label: 'Templates', collapsed: true, items: [link('All templates', routes.templates()), ...entries('templates', routes.template)] },
    { label: 'Reading lists', collapsed: true, items: [link('All reading lists', routes.readingLists()), ...entries('reading', routes.reading)] },
    { label: 'Guides', collapsed: true, items: [{ autogenerate: { directory: 'guides', collapsed: true } }] },
    { label: 'Sources', collapsed: true, items: [{ autogenerate: { directory: 'sources' } }] },
  ];
}
