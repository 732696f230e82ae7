import { heading } from '../headings';
import { checklistItems, keysOf } from '../../progress/tracked-items';
import { routes } from '../urls';
import type { ChecklistEntry } from './entries';
import { linker } from './view';

/** One group of a checklist as pages show it: its title (if any), accessible name and items. */
interface ChecklistGroup {
  title: string | undefined;
  /** The group's title, or the checklist's for an untitled group. */
  label: string;
  items: Array<{ id: string; text: string }>;
}

const groupsOf = (checklist: ChecklistEntry): ChecklistGroup[] =>
  checklist.data.groups.map((g) => ({
    title: g.title,
    label: g.title ?? checklist.data.title,
    items: g.items,
  }));

/** A checklist page: its groups, each titled group a section of the table of contents. */
export function checklistPageProps(checklist: ChecklistEntry) {
  const groups = groupsOf(checklist).map((g) => ({
    ...g,
    heading: g.title === undefined ? undefined : heading(g.title),
  }));
  return {
    title: checklist.data.title,
    summary: checklist.data.summary,
    file: checklist.filePath,
    // Search words the page lacks, given to Pagefind as metadata, never shown.
    keywords: checklist.data.keywords,
    progressKeys: keysOf(checklistItems(checklist.id, checklist.data.groups)),
    groups,
    headings: groups.flatMap((g) => (g.heading ? [g.heading] : [])),
    source: checklist.data.source,
  };
}

/**
 * Every checklist on one page for printing: one section per checklist. Group titles are
 * `<h3>`s there, outside the table of contents, as before.
 */
export function allChecklistsProps(checklists: readonly ChecklistEntry[]) {
  const sections = checklists.map((c) => ({
    id: c.id,
    heading: heading(c.data.title),
    summary: c.data.summary,
    groups: groupsOf(c),
  }));
  return { sections, headings: sections.map((s) => s.heading) };
}

/** The checklists index: a link, the summary and the progress keys of each checklist. */
export function checklistIndexProps(checklists: readonly ChecklistEntry[], base: string) {
  const link = linker(base);
  return {
    printHref: link('/checklists/print/'),
    items: checklists.map((c) => ({
      href: link(routes.checklist(c.id)),
      title: c.data.title,
      summary: c.data.summary,
      progressKeys: keysOf(checklistItems(c.id, c.data.groups)),
    })),
  };
}
