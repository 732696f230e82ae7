import { describe, expect, it } from 'vitest';
import { docsExtension } from '../../../src/schemas/docs';

describe("a Starlight page's slug", () => {
  it.each(['guides/interview-prep', 'about', 'a1/b2/c3', 'week-10'])('accepts %j', (slug) => {
    expect(docsExtension.safeParse({ slug }).success).toBe(true);
  });
  it.each([
    '../../outside',
    'guides/../../x',
    './here',
    '.hidden',
    '/absolute',
    'trailing/',
    'double//slash',
    'Upper/Case',
    'two--hyphens',
    'with space',
    'back\\slash',
    '',
  ])('refuses %j', (slug) => {
    const result = docsExtension.safeParse({ slug });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/is not an address of this site \(allowed:/);
  });
  it('is optional', () => {
    expect(docsExtension.safeParse({}).success).toBe(true);
  });
});
