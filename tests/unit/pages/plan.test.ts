import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../src/lib/headings';
import { phaseItems, planCards, planItems, planPageProps } from '../../../src/lib/pages/plan';
import { weekPageProps } from '../../../src/lib/pages/week';
import { atlasFixture } from './atlas-fixture';

const atlas = atlasFixture();
const plan = (id: string) => atlas.plans.find((p) => p.id === id)!;
const week = (id: string) => atlas.weeks.find((w) => w.id === id)!;

describe('planItems', () => {
  it('holds the objectives of the plan weeks and the tasks of each project it schedules, once', () => {
    expect(planItems(atlas, plan('plan-a')).map((i) => i.key)).toEqual([
      'weeks/plan-a/week-1/load-a-file',
      'projects/p1/read-the-file',
      'projects/p1/load',
    ]);
    expect(planItems(atlas, plan('plan-b')).map((i) => i.key)).toEqual([
      'projects/p2/run-a-job',
      'projects/p1/read-the-file',
      'projects/p1/load',
    ]);
  });
});

describe('phaseItems', () => {
  const phase = (raw: { projects?: string[]; topics?: string[]; checklists?: string[] }) => ({
    title: 'A phase',
    weeks: [],
    projects: (raw.projects ?? []).map((id) => ({ id, collection: 'projects' as const })),
    topics: (raw.topics ?? []).map((id) => ({ id, collection: 'topics' as const })),
    checklists: (raw.checklists ?? []).map((id) => ({ id, collection: 'checklists' as const })),
  });

  it('a phase with projects is ticked through their tasks, and its topics are not asked to be read', () => {
    expect(phaseItems(atlas, phase({ projects: ['p1'], topics: ['spark'] }))).toEqual([
      { key: 'projects/p1/read-the-file', text: 'Read the file', path: '/projects/p1/' },
      { key: 'projects/p1/load', text: 'Load the rows', path: '/projects/p1/' },
    ]);
  });

  it('a phase of topics only is ticked by reading each topic page, then its checklists', () => {
    expect(phaseItems(atlas, phase({ topics: ['spark', 'kafka'], checklists: ['ready'] }))).toEqual(
      [
        { key: 'topics/spark/read', text: 'Read: Apache Spark', path: '/topics/spark/' },
        { key: 'topics/kafka/read', text: 'Read: Apache Kafka', path: '/topics/kafka/' },
        { key: 'checklists/ready/can-stream', text: 'Can stream', path: '/checklists/ready/' },
        { key: 'checklists/ready/can-batch', text: 'Can batch', path: '/checklists/ready/' },
      ],
    );
  });
});

describe('planPageProps', () => {
  it("lists the plan's topics apart only when its phases do not already list them all", () => {
    const b = plan('plan-b');
    const spark = b.data.phases[0].topics;
    const kafka = week('plan-a/week-1').data.topics;
    const withTopics = (topics: typeof spark) => ({ ...b, data: { ...b.data, topics } });
    expect(planPageProps(atlas, withTopics(spark), '/').topics).toEqual([]);
    expect(
      planPageProps(atlas, withTopics([...spark, ...kafka]), '/').topics.map((t) => t.id),
    ).toEqual(['spark', 'kafka']);
  });

  it('has a week table, a print view and dated milestones for a plan in weeks', () => {
    const page = planPageProps(atlas, plan('plan-a'), '/atlas');
    expect(tableOfContents(page.outline).map((h) => h.text)).toEqual([
      'Outcomes',
      'Week by week',
      'Milestones',
    ]);
    expect(page.printHref).toBe('/atlas/plans/plan-a/print/');
    expect(page.weekRows[0]).toEqual({
      href: '/atlas/plans/plan-a/week-1/',
      number: 1,
      datesKey: 'plan-a/1',
      dates: '19 Aug 2025 – 24 Aug 2025',
      title: 'Loading',
      focus: 'Load data.',
      projects: [{ href: '/atlas/projects/p1/', title: 'CSV Loader' }],
    });
    // No placeholder in an undated row: the column waits for the reader's start day.
    expect(page.weekRows[1].dates).toBe('');
    expect(page.datedWeeks).toBe(true);
    expect(page.milestones).toEqual([
      { date: '24 Aug 2025', week: 1, title: 'First load' },
      { date: undefined, week: undefined, title: 'Done' },
    ]);
    // The week table is the plan's one list of its weeks: no timeline restating it.
    expect(page).not.toHaveProperty('timeline');
    expect(page.facts).toContainEqual(['Length', '2 weeks']);
    // Keyed so that the reader's start day re-dates it with the weeks.
    expect(page.facts).toContainEqual(['Dates', '19 Aug 2025 – 31 Aug 2025', 'plan-a/all']);
  });

  it('has phases and no print view for a plan organised by phase', () => {
    const page = planPageProps(atlas, plan('plan-b'), '/');
    expect(page.printHref).toBeUndefined();
    expect(tableOfContents(page.outline).map((h) => h.slug)).toEqual(['phases']);
    expect(page.phases).toEqual([
      {
        title: 'Phase 1',
        duration: '1 month',
        focus: undefined,
        projects: [
          { href: '/projects/p2/', title: 'Spark Batch' },
          { href: '/projects/p1/', title: 'CSV Loader' },
        ],
        topics: [atlas.topics.find((t) => t.id === 'spark')],
        // A phase with projects is ticked through their tasks, not by reading its topics.
        reads: [],
        checklists: [],
      },
    ]);
  });
});

describe('planCards', () => {
  it("states each plan's hours and length as its source gives them, and phases where it has no weeks", () => {
    expect(
      planCards(atlas, '/').map((c) => [
        c.href,
        c.time.hoursText,
        c.time.lengthText,
        c.level,
        c.shape,
      ]),
    ).toEqual([
      [
        '/plans/plan-a/',
        'hours a week not stated in the source',
        '2 weeks',
        'intermediate',
        undefined,
      ],
      [
        '/plans/plan-b/',
        'hours a week not stated in the source',
        '3 months',
        'beginner',
        '1 phase',
      ],
    ]);
  });
});

describe('weekPageProps', () => {
  it('places the week in its plan, keys its objectives and lists its projects', () => {
    const page = weekPageProps(atlas, week('plan-a/week-1'), '/');
    expect(page.title).toBe('Week 1: Loading');
    expect(page.plan).toEqual({ href: '/plans/plan-a/', title: 'Plan A' });
    expect(page.facts).toEqual([
      ['Week', '1 of 2'],
      ['Dates', '19 Aug 2025 – 24 Aug 2025', 'plan-a/1'],
    ]);
    expect(page.objectives.keys).toEqual(['weeks/plan-a/week-1/load-a-file']);
    expect(page.projects).toEqual([
      { href: '/projects/p1/', title: 'CSV Loader', description: 'Load CSV files.' },
    ]);
    expect(tableOfContents(page.outline).map((h) => h.text)).toEqual(['Objectives', 'Projects']);
  });

  it('names the week and the plan when the plan is missing', () => {
    const orphan = {
      ...week('plan-a/week-2'),
      data: { ...week('plan-a/week-2').data, plan: { collection: 'plans' as const, id: 'gone' } },
    };
    expect(() => weekPageProps(atlas, orphan, '/')).toThrow(
      'Week "plan-a/week-2" names plan "gone"',
    );
  });
});
