import { join } from 'node:path';
import { readCollectionFiles } from '../../scripts/lib/content-reader';
import { routes } from '../../src/lib/urls';
import { practiceRoutes } from '../../src/practice/page-props';

const content = join(process.cwd(), 'src', 'content');
const ids = (collection: string) => readCollectionFiles(join(content, collection)).map((f) => f);

/** Every URL the content implies, computed from the content files (not from the build). */
export function expectedRoutes(): string[] {
  const urls: string[] = [
    '/',
    routes.plans(),
    routes.projects(),
    routes.topics(),
    routes.readingLists(),
    routes.templates(),
    routes.checklists(),
  ];
  for (const f of ids('plans')) urls.push(routes.plan(f.id));
  for (const f of ids('weeks')) urls.push(routes.week(String(f.data.plan), Number(f.data.number)));
  for (const f of ids('projects')) urls.push(routes.project(f.id));
  for (const f of ids('topics')) urls.push(routes.topic(f.id));
  for (const f of ids('reading')) urls.push(routes.reading(f.id));
  for (const f of ids('templates')) urls.push(routes.template(f.id), routes.templateMarkdown(f.id));
  for (const f of ids('checklists')) urls.push(routes.checklist(f.id));
  urls.push(practiceRoutes.index());
  for (const f of ids('exercises')) urls.push(practiceRoutes.exercise(f.id));
  for (const f of ids('datasets'))
    urls.push(practiceRoutes.dataset(f.id), practiceRoutes.datasetSql(f.id));
  for (const f of ids('docs'))
    urls.push(f.id === 'index' ? '/' : `/${f.id.replace(/\/index$/, '')}/`);
  return [...new Set(urls)];
}
