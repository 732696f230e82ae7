import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, requireChromium } from '../../../src/browser/find-chromium.mjs';
import { FIXTURE_SITES } from '../../support/site-copy';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
    /** Where the run's one Chromium listens; `useBrowser()` connects to it. */
    browserWsEndpoint: string;
    /** axe-core's script, served for `injectAxe()` (support/axe.ts). */
    axeUrl: string;
  }
}

/**
 * Starts what every end-to-end file shares, once for the whole run: a server for the production
 * build (dist/) on 127.0.0.1, and one headless Chromium that files connect to instead of each
 * launching their own (a launch costs seconds on a busy machine; a connection costs milliseconds).
 */
export default async function setup(project: TestProject) {
  const distDir = join(process.cwd(), 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      'dist/index.html is missing: run `npm run build` before the end-to-end tests (`npm test` does both).',
    );
  }
  // Fixture copies a killed run left behind (tests/support/site-copy.ts, tests/fixtures/run.ts).
  rmSync(FIXTURE_SITES, { recursive: true, force: true });
  const cache = join(process.cwd(), '.cache');
  for (const name of existsSync(cache) ? readdirSync(cache) : []) {
    if (name.startsWith('fixtures-')) rmSync(join(cache, name), { recursive: true, force: true });
  }
  const executablePath = await requireChromium();
  const browserServer = await chromium.launchServer({
    executablePath,
    // Tests reach only the local server: any other host fails to resolve inside the browser, so a
    // stray request cannot leave the machine, and tests that watch requests report it.
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const server = await serveStatic(distDir, '/');
  const axe = await serveAxe();
  project.provide('siteUrl', server.url);
  project.provide('axeUrl', axe.url);
  project.provide('distDir', distDir);
  project.provide('browserWsEndpoint', browserServer.wsEndpoint());
  return async () => {
    await server.close();
    await axe.close();
    await browserServer.close();
  };
}

/**
 * axe-core's script on a loopback address of its own, cacheable: a crawl injects it into hundreds
 * of pages, and the browser then compiles it once instead of once per page (it is 0.5 MB).
 */
async function serveAxe(): Promise<{ url: string; close: () => Promise<void> }> {
  const script = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));
  const server = createServer((_, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'max-age=86400, immutable',
    });
    res.end(script);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/axe.min.js`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
