// An Astro integration that records, on the same clock as the build, when page generation ended
// (`astro:build:generated`) and when every other integration's `astro:build:done` hook had
// finished (this integration is added last, so its own build:done runs after theirs), and which
// built files belong to which route. It changes nothing in the build.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What the hooks record, filled in as they run. */
export interface BuildTimingsRecord {
  generatedAt?: number;
  doneAt?: number;
  /** Route pattern ("/topics/[...id]") → the files built for it. */
  routes?: Record<string, string[]>;
  dir?: string;
}

export function buildTimings(record: BuildTimingsRecord): AstroIntegration {
  return {
    name: 'atlas:build-timings',
    hooks: {
      'astro:build:generated': () => {
        record.generatedAt = performance.now();
      },
      'astro:build:done': ({ dir, assets }) => {
        record.doneAt = performance.now();
        record.dir = fileURLToPath(dir);
        // Route pattern ("/topics/[...id]") → the files built for it.
        record.routes = Object.fromEntries(
          [...assets].map(([route, urls]) => [route, urls.map((url) => fileURLToPath(url))]),
        );
      },
    },
  };
}
