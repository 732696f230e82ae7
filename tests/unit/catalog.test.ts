import { describe, expect, it } from 'vitest';
import { facetValue, projectTools, toolCounts } from '../../src/lib/catalog';

describe('project tools', () => {
  it('splits alternatives and lists, drops remarks and idea categories', () => {
    expect(
      projectTools([
        { category: 'Libraries', details: 'pandas, psycopg2 or SQLAlchemy' },
        { category: 'Scheduler', details: 'cron (Linux) or Task Scheduler (Windows)' },
        { category: 'Concepts', details: 'Schema design, bulk inserts' },
        { category: 'Storage', details: 'PostgreSQL + JSON files' },
      ]),
    ).toEqual(['pandas', 'psycopg2', 'SQLAlchemy', 'cron', 'Task Scheduler', 'PostgreSQL', 'JSON files']);
  });
  it('counts each tool once per project, case-insensitively', () => {
    expect(
      toolCounts([
        [{ category: 'Database', details: 'PostgreSQL, postgresql' }],
        [{ category: 'Database', details: 'PostgreSQL' }, { category: 'Tools', details: 'dbt' }],
      ]),
    ).toEqual([
      { tool: 'PostgreSQL', count: 2 },
      { tool: 'dbt', count: 1 },
    ]);
  });
  it('makes facet values without spaces', () => {
    expect(facetValue('Task Scheduler')).toBe('task_scheduler');
  });
});
