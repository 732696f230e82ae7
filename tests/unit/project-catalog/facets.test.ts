import { describe, expect, it } from 'vitest';
import { facetValue, projectTools, toolCounts } from '../../../src/project-catalog/facets';

describe('project tools', () => {
  it("keeps the project's own tools in order, each once whatever its case or spacing", () => {
    expect(projectTools(['PostgreSQL', 'Apache  Airflow', 'postgresql', ' dbt ', ''])).toEqual([
      'PostgreSQL',
      'Apache Airflow',
      'dbt',
    ]);
  });
  it('never splits a tool name: prose-like names stay whole, "and"/"or" included', () => {
    expect(
      projectTools(['Great Expectations', 'Task Scheduler', 'Extract and Load Toolkit']),
    ).toEqual(['Great Expectations', 'Task Scheduler', 'Extract and Load Toolkit']);
  });
  it('counts each tool once per project, case-insensitively', () => {
    expect(
      toolCounts([
        ['PostgreSQL', 'postgresql'],
        ['PostgreSQL', 'dbt'],
      ]),
    ).toEqual([
      { tool: 'PostgreSQL', count: 2 },
      { tool: 'dbt', count: 1 },
    ]);
  });
  it('orders equal counts by name', () => {
    expect(toolCounts([['Trino', 'Apache Spark']]).map((t) => t.tool)).toEqual([
      'Apache Spark',
      'Trino',
    ]);
  });
  it('makes facet values without spaces', () => {
    expect(facetValue('Task Scheduler')).toBe('task_scheduler');
  });
});
