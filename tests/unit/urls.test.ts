import { describe, expect, it } from 'vitest';
import { isRootRelative, routes, withBase } from '../../src/lib/urls';
import { slugify } from '../../src/lib/slug';
import { progressKey } from '../../src/progress/keys';
import { formatDateRange } from '../../src/plans/format';
import { templateMarkdown } from '../../src/lib/template-markdown';

describe('withBase', () => {
  it('leaves paths alone at the root', () =>
    expect(withBase('/', '/topics/dbt/')).toBe('/topics/dbt/'));
  it('prefixes a sub-path once, with or without trailing slash', () => {
    expect(withBase('/atlas', routes.week('p', 3))).toBe('/atlas/plans/p/week-3/');
    expect(withBase('/atlas/', '/topics/')).toBe('/atlas/topics/');
  });
  it('tells root-relative links from protocol-relative ones', () => {
    expect(isRootRelative('/topics/')).toBe(true);
    expect(isRootRelative('//cdn.example.org/x.js')).toBe(false);
    expect(isRootRelative('https://example.org/')).toBe(false);
  });
});

describe('slugify and progress keys', () => {
  it('makes stable ASCII ids', () => {
    expect(slugify('Python DSA: 25–35 problems, notes logged')).toBe(
      'python-dsa-25-35-problems-notes-logged',
    );
    expect(slugify('Docker & Kubernetes')).toBe('docker-and-kubernetes');
    expect(slugify('Crème brûlée')).toBe('creme-brulee');
  });
  it('keys progress by collection, entry and item', () => {
    expect(progressKey('projects', '01-csv', 'log-counts')).toBe('projects/01-csv/log-counts');
  });
});

describe('plan formatting', () => {
  it('formats dates in UTC whatever the machine timezone', () => {
    expect(formatDateRange(new Date('2025-08-19'), new Date('2025-10-18'))).toBe(
      '19 Aug 2025 – 18 Oct 2025',
    );
  });
});

describe('templateMarkdown', () => {
  it('is the body exactly, ending in one newline', () => {
    expect(templateMarkdown('\n- Context:\n- Decision:\n\n')).toBe('- Context:\n- Decision:\n');
  });
});
