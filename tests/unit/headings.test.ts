import { describe, expect, it } from 'vitest';
import { BODY, heading, outline, tableOfContents } from '../../src/lib/headings';

describe('heading', () => {
  it('slugs its text the way the page ids are written', () => {
    expect(heading('Skills and tools')).toEqual({
      depth: 2,
      slug: 'skills-and-tools',
      text: 'Skills and tools',
    });
    expect(heading('Quality & governance', 3)).toEqual({
      depth: 3,
      slug: 'quality-and-governance',
      text: 'Quality & governance',
    });
  });
});

describe('outline', () => {
  const page = outline([
    ['skills', 'Skills and tools', true],
    ['tables', 'Tables to build', false],
    ['tasks', 'Tasks', true],
    BODY,
    ['related', 'Related', true],
  ]);

  it('gives a heading for each section the page shows, and none for one it leaves out', () => {
    expect(page.sections.skills).toEqual(heading('Skills and tools'));
    expect(page.sections.tasks?.slug).toBe('tasks');
    expect(page.sections.tables).toBeUndefined();
    expect(Object.keys(page.sections)).toEqual(['skills', 'tasks', 'related']);
  });

  it('builds the table of contents from the same headings, with the body headings in their place', () => {
    const body = [heading('Notes'), heading('Detail', 3)];
    expect(tableOfContents(page, body).map((h) => h.text)).toEqual([
      'Skills and tools',
      'Tasks',
      'Notes',
      'Detail',
      'Related',
    ]);
    expect(tableOfContents(page).map((h) => h.slug)).toEqual([
      'skills-and-tools',
      'tasks',
      'related',
    ]);
    // The table of contents holds the very objects the sections render.
    expect(tableOfContents(page)[0]).toBe(page.sections.skills);
  });

  it('refuses a section declared twice, which would give two headings one id', () => {
    expect(() =>
      outline([
        ['a', 'One', true],
        ['a', 'Two', true],
      ]),
    ).toThrow('Page section "a" is declared twice.');
  });
});
