import { contentModel, type ContentCollection } from '../../../src/content-model';
import { buildLinkGraph, linkedEntries, type GraphEntry } from '../../../src/lib/links';
import type { AtlasData, DataOf, DocEntry, Entry } from '../../../src/lib/pages/entries';
import { fakeReference } from '../schemas/fake-reference';

/** An entry parsed by its collection's real schema, so defaults and item ids are the build's own. */
function entry<C extends ContentCollection>(
  collection: C,
  id: string,
  raw: Record<string, unknown>,
): Entry<DataOf<C>> {
  const data = contentModel[collection].schema(fakeReference).parse(raw) as DataOf<C>;
  return { id, data, filePath: `src/content/${collection}/${id}.md` };
}

/**
 * A small atlas: three topics, two projects (one leads to the other), a plan with two weeks, a
 * plan organised by phases, a checklist, a resource on a reading list and a guide that links
 * to a topic in its text.
 */
export function atlasFixture(): AtlasData {
  const atlas = {
    topics: [
      entry('topics', 'kafka', {
        title: 'Apache Kafka',
        category: 'streaming',
        kind: 'product',
        version: 'Apache Kafka 4.1',
        reviewed: '2026-12-01',
        summary: 'A log.',
        aliases: ['Kafka'],
        related: ['spark'],
        questions: [
          {
            question: 'How does Kafka keep one key in order?',
            answer: ['Order holds within a partition.', 'The key picks the partition.'],
          },
          { question: 'What is a consumer group?', answer: ['Consumers that share partitions.'] },
        ],
      }),
      entry('topics', 'python', {
        title: 'Python',
        category: 'languages',
        reviewed: '2026-12-01',
        summary: 'A language.',
        resources: ['ddia'],
      }),
      entry('topics', 'spark', {
        title: 'Apache Spark',
        category: 'processing',
        reviewed: '2026-12-01',
        summary: 'Batch.',
      }),
    ],
    resources: [
      entry('resources', 'ddia', {
        title: 'Designing Data-Intensive Applications',
        kind: 'book',
        topics: ['kafka'],
        sources: ['senior-resources'],
      }),
    ],
    reading: [
      entry('reading', 'books', {
        title: 'Books',
        summary: 'Read these.',
        source: 'senior-resources',
        items: [{ resource: 'ddia' }],
      }),
    ],
    projects: [
      entry('projects', 'p1', {
        title: 'CSV Loader',
        number: 1,
        level: 'beginner',
        summary: 'Load CSV files.',
        skills: [{ category: 'Language', details: 'Python, pandas' }],
        tools: ['Python', 'pandas'],
        tasks: ['Read the file', { id: 'load', text: 'Load the rows' }],
        topics: ['python', 'kafka'],
        source: 'thirty-projects',
      }),
      entry('projects', 'p2', {
        title: 'Spark Batch',
        level: 'intermediate',
        summary: 'Batch jobs.',
        skills: [{ category: 'Language', details: 'Python' }],
        tools: ['Python'],
        tasks: ['Run a job'],
        deliverables: ['A report'],
        topics: ['spark'],
        prerequisites: ['p1'],
        source: 'thirty-projects',
      }),
    ],
    plans: [
      entry('plans', 'plan-a', {
        title: 'Plan A',
        summary: 'Weekly.',
        source: 'senior-study-plan',
        level: 'intermediate',
        durationWeeks: 2,
        startDate: '2025-08-19',
        endDate: '2025-08-31',
        outcomes: ['Ship a pipeline'],
        milestones: [{ date: '2025-08-24', week: 1, title: 'First load' }, { title: 'Done' }],
      }),
      entry('plans', 'plan-b', {
        title: 'Plan B',
        summary: 'By phase.',
        source: 'thirty-projects',
        level: 'beginner',
        duration: '3 months',
        phases: [
          { title: 'Phase 1', duration: '1 month', projects: ['p2', 'p1'], topics: ['spark'] },
        ],
      }),
    ],
    weeks: [
      entry('weeks', 'plan-a/week-1', {
        plan: 'plan-a',
        number: 1,
        title: 'Loading',
        focus: 'Load data.',
        startDate: '2025-08-19',
        endDate: '2025-08-24',
        objectives: ['Load a file'],
        topics: ['kafka'],
        projects: ['p1'],
      }),
      entry('weeks', 'plan-a/week-2', {
        plan: 'plan-a',
        number: 2,
        title: 'Batch',
        focus: 'Run batches.',
      }),
    ],
    checklists: [
      entry('checklists', 'ready', {
        title: 'Ready',
        summary: 'Readiness.',
        source: 'senior-resources',
        topics: ['kafka'],
        groups: [{ title: 'Skills', items: ['Can stream'] }, { items: ['Can batch'] }],
      }),
    ],
    templates: [
      entry('templates', 'log', {
        title: 'Study log',
        summary: 'A log.',
        source: 'senior-study-plan',
        fields: [{ name: 'Date' }],
      }),
    ],
    docs: [
      {
        id: 'guides/streaming',
        data: { title: 'Streaming guide', description: 'On streams.' },
        body: 'See [Kafka](/topics/kafka/).',
      },
    ] as DocEntry[],
  };
  const graphEntries: GraphEntry[] = Object.entries(atlas).flatMap(([collection, entries]) =>
    (entries as Entry<unknown>[]).map((e) => ({
      collection,
      id: e.id,
      data: collection === 'docs' ? { linksInText: linkedEntries(e.body ?? '') } : e.data,
    })),
  );
  return { ...atlas, graph: buildLinkGraph(graphEntries) };
}
