import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}

/** Serves the production build (dist/) on 127.0.0.1 for the whole e2e run. */
export default async function setup(project: TestProject) {
  const distDir = join(process.cwd(), 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the end-to-end tests (`npm test` does both).');
  }
  const server = await serveStatic(distDir, '/');
  project.provide('siteUrl', server.url);
  project.provide('distDir', distDir);
  return server.close;
}
