import { describe, expect, it } from 'vitest';
import {
  formatStaleTopics,
  formatUnclassifiedTopics,
  isProductTopic,
  monthsBefore,
  reviewedLabel,
  reviewMonths,
  staleTopics,
  type ReviewedTopic,
} from '../../src/lib/topic-review';
import { isoDay } from '../../src/plans/dates';
import { topicSchema } from '../../src/schemas/topics';
import { fakeReference, issues } from './schemas/fake-reference';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

const topics: ReviewedTopic[] = [
  { id: 'apache-kafka', file: 'src/content/topics/apache-kafka.md', reviewed: day('2026-12-01') },
  { id: 'dbt', file: 'src/content/topics/dbt.md', reviewed: day('2025-11-30') },
  { id: 'sql', file: 'src/content/topics/sql.md', reviewed: day('2025-12-01') },
  {
    id: 'apache-airflow',
    file: 'src/content/topics/apache-airflow.md',
    reviewed: day('2024-03-15'),
  },
  { id: 'apache-spark', reviewed: day('2025-11-30') },
];

describe('reviewedLabel', () => {
  it('names the month and year of the review', () => {
    expect(reviewedLabel(day('2026-12-01'))).toBe('December 2026');
    expect(reviewedLabel(day('2025-01-31'))).toBe('January 2025');
  });
  it('reads the date in UTC, like the calendar dates of the content', () => {
    // One minute before midnight UTC on the last day of the month is still that month.
    expect(reviewedLabel(new Date('2026-11-30T23:59:00Z'))).toBe('November 2026');
  });
});

describe('isoDay', () => {
  it('writes the calendar day as YYYY-MM-DD', () => {
    expect(isoDay(day('2026-12-01'))).toBe('2026-12-01');
  });
});

describe('monthsBefore', () => {
  it('keeps the day of the month', () => {
    expect(isoDay(monthsBefore(day('2026-12-01'), 12))).toBe('2025-12-01');
    expect(isoDay(monthsBefore(day('2026-03-15'), 3))).toBe('2025-12-15');
  });
  it('clamps to the last day of a shorter month', () => {
    expect(isoDay(monthsBefore(day('2026-03-31'), 1))).toBe('2026-02-28');
    expect(isoDay(monthsBefore(day('2024-03-31'), 1))).toBe('2024-02-29');
    expect(isoDay(monthsBefore(day('2025-02-28'), 12))).toBe('2024-02-28');
  });
});

describe('staleTopics', () => {
  it('returns the topics reviewed more than 12 months ago, oldest first, then by id', () => {
    expect(staleTopics(topics, day('2026-12-01'), 12)).toEqual([
      {
        id: 'apache-airflow',
        file: 'src/content/topics/apache-airflow.md',
        reviewed: '2024-03-15',
        months: 12,
      },
      { id: 'apache-spark', reviewed: '2025-11-30', months: 12 },
      { id: 'dbt', file: 'src/content/topics/dbt.md', reviewed: '2025-11-30', months: 12 },
    ]);
  });
  it('by default allows 6 months to a product in a fast-moving category, 12 to the rest', () => {
    const reviewed = day('2026-05-01'); // seven months before 2026-12-01
    const mixed: ReviewedTopic[] = [
      { id: 'kinesis', category: 'cloud', kind: 'product', version: 'Kinesis', reviewed },
      { id: 'flink', category: 'streaming', version: 'Apache Flink 2.1', reviewed },
      { id: 'cdc', category: 'streaming', kind: 'concept', reviewed },
      { id: 'python', category: 'languages', kind: 'product', version: 'Python 3.14', reviewed },
      { id: 'unknown', reviewed },
    ];
    expect(staleTopics(mixed, day('2026-12-01'))).toEqual([
      { id: 'flink', reviewed: '2026-05-01', months: 6 },
      { id: 'kinesis', reviewed: '2026-05-01', months: 6 },
    ]);
    // Exactly six months is still recent.
    expect(staleTopics(mixed, day('2026-11-01'))).toEqual([]);
  });
  it('counts a review exactly 12 months ago as recent', () => {
    expect(staleTopics(topics, day('2026-12-01')).map((t) => t.id)).not.toContain('sql');
    expect(staleTopics(topics, day('2026-12-02')).map((t) => t.id)).toContain('sql');
  });
  it('depends only on the calendar day of today', () => {
    const morning = staleTopics(topics, new Date('2026-12-01T00:00:01Z'));
    const evening = staleTopics(topics, new Date('2026-12-01T23:59:59Z'));
    expect(evening).toEqual(morning);
  });
  it('takes another allowed age in months, for every topic or per topic', () => {
    expect(
      staleTopics(topics, day('2026-12-01'), (t) => (t.id === 'sql' ? 6 : 36)).map((t) => t.id),
    ).toEqual(['sql']);
    expect(staleTopics(topics, day('2026-12-01'), 6).map((t) => t.id)).toEqual([
      'apache-airflow',
      'apache-spark',
      'dbt',
      'sql',
    ]);
    expect(staleTopics(topics, day('2026-12-01'), 36)).toEqual([]);
  });
  it('finds nothing when every topic was reviewed recently', () => {
    expect(staleTopics(topics.slice(0, 1), day('2026-12-01'))).toEqual([]);
    expect(staleTopics([], day('2026-12-01'))).toEqual([]);
  });
  it('rejects an allowed age that is not a whole number of months', () => {
    expect(() => staleTopics(topics, day('2026-12-01'), -1)).toThrow(RangeError);
    expect(() => staleTopics(topics, day('2026-12-01'), 1.5)).toThrow(/whole number/);
    expect(() => staleTopics(topics, day('2026-12-01'), () => Number.NaN)).toThrow(RangeError);
  });
  it('does not reorder or change its input', () => {
    const before = topics.map((t) => t.id);
    staleTopics(topics, day('2026-12-01'));
    expect(topics.map((t) => t.id)).toEqual(before);
  });
});

describe('reviewMonths', () => {
  it('counts a topic as a product when it says so, or states a version without a kind', () => {
    expect(isProductTopic({ kind: 'product' })).toBe(true);
    expect(isProductTopic({ version: 'Apache Kafka 4.1' })).toBe(true);
    expect(isProductTopic({ kind: 'concept' })).toBe(false);
    expect(isProductTopic({})).toBe(false);
  });
  it('gives a product 6 months only in a fast-moving category', () => {
    const reviewed = day('2026-12-01');
    expect(reviewMonths({ id: 'a', reviewed, category: 'storage', kind: 'product' })).toBe(6);
    expect(reviewMonths({ id: 'b', reviewed, category: 'career', kind: 'product' })).toBe(12);
    expect(reviewMonths({ id: 'c', reviewed, category: 'cloud', kind: 'concept' })).toBe(12);
    expect(reviewMonths({ id: 'd', reviewed, kind: 'product' })).toBe(12);
  });
});

describe('formatStaleTopics', () => {
  it('says why a product in a fast-moving category is stale sooner', () => {
    expect(formatStaleTopics([{ id: 'aws-kinesis', reviewed: '2026-05-01', months: 6 }])[0]).toBe(
      'topics/aws-kinesis: reviewed 2026-05-01, more than 6 months ago (a product in a fast-moving category); ' +
        'check the text against its sources and update `reviewed`',
    );
  });
  it('names the file, the review date and what to do', () => {
    const [line] = formatStaleTopics(staleTopics(topics, day('2026-12-01'), 12));
    expect(line).toBe(
      'src/content/topics/apache-airflow.md: reviewed 2024-03-15, more than 12 months ago; ' +
        'check the text against its sources and update `reviewed`',
    );
  });
  it('falls back to the topic id when the file is unknown', () => {
    expect(
      formatStaleTopics([{ id: 'apache-spark', reviewed: '2025-11-30', months: 12 }])[0],
    ).toMatch(/^topics\/apache-spark: reviewed 2025-11-30, more than 12 months ago;/);
  });
});

describe('formatUnclassifiedTopics', () => {
  const reviewed = day('2026-12-01');
  it('names, in one line, the topics that state neither kind nor version', () => {
    expect(
      formatUnclassifiedTopics([
        { id: 'sql', reviewed },
        { id: 'dbt', reviewed, version: 'dbt 1.10' },
        { id: 'cdc', reviewed, kind: 'concept' },
        { id: 'git', reviewed },
      ]),
    ).toEqual([
      '2 topics state neither kind nor version; add `kind: product` with `version`, or `kind: concept`: git, sql',
    ]);
  });
  it('is silent when every topic says what it describes', () => {
    expect(formatUnclassifiedTopics([{ id: 'cdc', reviewed, kind: 'concept' }])).toEqual([]);
  });
});

describe('the topic schema', () => {
  const schema = topicSchema(fakeReference);
  const topic = { title: 'Apache Kafka', category: 'streaming', summary: 'A distributed log.' };
  it('requires a review date', () => {
    const [issue] = issues(schema.safeParse(topic));
    expect(issue.path).toBe('reviewed');
  });
  it('keeps the review date as a calendar day and rejects a day that does not exist', () => {
    expect(isoDay(schema.parse({ ...topic, reviewed: '2026-12-01' }).reviewed)).toBe('2026-12-01');
    expect(issues(schema.safeParse({ ...topic, reviewed: '2026-02-30' }))[0]).toEqual({
      path: 'reviewed',
      message: 'must be a date written as YYYY-MM-DD',
    });
  });
});
