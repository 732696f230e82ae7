import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The end-to-end files that take longest: the crawl of every page, every SQL exercise, the search
 * test set, the slow-connection layout checks. They start first, so that the run does not end
 * with one of them going on alone while the other workers sit idle. Without this, a fresh clone
 * (no timings from an earlier run) orders files by size, and the accessibility crawl, a small
 * file, started last.
 */
const LONGEST_FIRST = [
  'accessibility',
  'practice',
  'search-quality',
  'layout-shift',
  'diagrams-readable',
  'offline',
  'new-entry',
];

const rank = (spec: TestSpecification) => {
  const name = /([^/\\]+)\.test\.ts$/.exec(spec.moduleId)?.[1] ?? '';
  const index = LONGEST_FIRST.indexOf(name);
  return index === -1 ? LONGEST_FIRST.length : index;
};

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: the rest keep the order the base sequencer gave them.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
