import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { normaliseText, pageText } from '../support/page-text';

/**
 * The migration inventory: for each seed, every section and item it holds and the page it now
 * lives on (tests/inventory/*.json, written from the seeds). A later edit that loses content fails here.
 */
interface InventoryPage {
  page: string;
  texts: string[];
}

const inventoryDir = join(process.cwd(), 'tests', 'inventory');
const inventories = readdirSync(inventoryDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    name: f.replace(/\.json$/, ''),
    pages: JSON.parse(readFileSync(join(inventoryDir, f), 'utf8')) as InventoryPage[],
  }));

describe('migration inventory', () => {
  it('covers all five seeds', () => {
    const names = inventories.map((i) => i.name);
    for (const seed of [
      'senior-resources',
      'senior-study-plan',
      'thirty-projects',
      'interview-guide',
      'learning-path',
    ]) {
      expect(names).toContain(seed);
    }
  });

  for (const { name, pages } of inventories) {
    it(`${name}: every item is on its page`, () => {
      const distDir = inject('distDir');
      const missing: string[] = [];
      for (const { page, texts } of pages) {
        const text = pageText(distDir, page);
        for (const expected of texts) {
          if (!text.includes(normaliseText(expected))) missing.push(`${page}: ${expected}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
