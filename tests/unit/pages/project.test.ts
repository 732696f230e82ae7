import { describe, expect, it } from 'vitest';
import { projectPageProps } from '../../../src/lib/pages/project';
import { tableOfContents } from '../../../src/lib/headings';
import { atlasFixture } from './atlas-fixture';

const atlas = atlasFixture();
const project = (id: string) => atlas.projects.find((p) => p.id === id)!;

describe('projectPageProps', () => {
  it('lists the sections a project has, in page order, around its body', () => {
    const page = projectPageProps(atlas, project('p1'), '/');
    expect(
      tableOfContents(page.outline, [{ depth: 2, slug: 'notes', text: 'Notes' }]).map(
        (h) => h.text,
      ),
    ).toEqual(['Skills and tools', 'Tasks', 'Notes', 'Related']);
    expect(page.outline.sections.deliverables).toBeUndefined();
    expect(projectPageProps(atlas, project('p2'), '/').outline.sections.deliverables?.slug).toBe(
      'deliverables',
    );
  });

  it('keys every task for progress; the facts leave the count to the Tasks meter', () => {
    const page = projectPageProps(atlas, project('p1'), '/');
    expect(page.tasks.keys).toEqual(['projects/p1/read-the-file', 'projects/p1/load']);
    expect(page.tasks.items.map((i) => i.text)).toEqual(['Read the file', 'Load the rows']);
    expect(page.facts).toEqual([
      ['Project', '#1'],
      ['Level', 'beginner'],
    ]);
  });

  it('links what builds on it, the weeks it is built in, with their plan, under the base path', () => {
    const page = projectPageProps(atlas, project('p1'), '/atlas');
    expect(page.related).toEqual([
      {
        title: 'Projects that build on this one',
        items: [{ href: '/atlas/projects/p2/', title: 'Spark Batch' }],
      },
      {
        title: 'Built in',
        items: [
          { href: '/atlas/plans/plan-a/week-1/', title: 'Week 1: Loading', description: 'Plan A' },
        ],
      },
      { title: 'Part of', items: [{ href: '/atlas/plans/plan-b/', title: 'Plan B' }] },
    ]);
    expect(page.topics.map((t) => t.id)).toEqual(['python', 'kafka']);
  });

  it('does not list again under Related a page its own text already links', () => {
    const linked = { ...project('p1'), body: 'Built in [week 1](/plans/plan-a/week-1/).' };
    const page = projectPageProps(atlas, linked, '/atlas');
    expect(page.related.map((g) => g.title)).toEqual([
      'Projects that build on this one',
      'Part of',
    ]);
  });

  it('links the projects to do first, and has no related section when nothing is related', () => {
    const page = projectPageProps(atlas, project('p2'), '/');
    expect(page.related[0]).toEqual({
      title: 'Do these first',
      items: [{ href: '/projects/p1/', title: 'CSV Loader' }],
    });
    const alone = { ...atlasFixture(), weeks: [], plans: [] };
    const lonely = { id: 'p3', data: { ...project('p1').data, prerequisites: [] } };
    const lonelyPage = projectPageProps({ ...alone, projects: [lonely] }, lonely, '/');
    expect(lonelyPage.related).toEqual([]);
    expect(lonelyPage.outline.sections.related).toBeUndefined();
  });
});
