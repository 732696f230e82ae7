import { describe, expect, it } from 'vitest';
import { pageKind } from '../../src/lib/page-kind';

describe('pageKind', () => {
  it.each([
    ['/plans/senior-study-plan-2025/week-3/', 'Plan week'],
    ['/plans/senior-study-plan-2025/', 'Plan'],
    ['/plans/senior-study-plan-2025/print/', 'Print view'],
    ['/projects/01-csv-to-postgresql-loader/', 'Project'],
    ['/topics/apache-kafka/', 'Topic'],
    ['/reading/study-plan-reading/', 'Reading list'],
    ['/templates/study-plan-adr-template/', 'Template'],
    ['/checklists/print/', 'Print view'],
    ['/checklists/senior-resources-readiness/', 'Checklist'],
    ['/guides/interview-guide/preparation/', 'Guide'],
    ['/sources/learning-path/', 'Source notes'],
    ['/projects/', 'Overview'],
    ['/', 'Overview'],
  ])('%s is a %s page', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
});
