import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planStartKey } from '../../src/plans/settings-keys';
import { FOLLOWING_KEY } from '../../src/progress/following';

/**
 * Two inline scripts read localStorage before the first paint and cannot import the modules that
 * name the keys: they must spell the keys those modules write.
 */
describe('storage keys written out in inline scripts', () => {
  it("ReaderDates.astro looks for the plan page's start day", () => {
    const source = readFileSync('src/plans/ReaderDates.astro', 'utf8');
    // The inline script builds the key from the plan id in a template literal.
    expect(source).toContain(`\`${planStartKey('${plan}')}\``);
  });
  it('NextSteps.astro counts the followed plans', () => {
    const source = readFileSync('src/progress/NextSteps.astro', 'utf8');
    expect(source).toContain(`localStorage.getItem('${FOLLOWING_KEY}')`);
  });
});
