// Finds a Chromium the build (diagrams), the CLIs and the browser tests can drive with
// playwright-core. Order: $CHROMIUM_PATH, then a system Chromium/Chrome, then Playwright's own
// download. Plain JavaScript so that the npm postinstall step can run it before anything is built.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Places a system Chromium or Chrome usually lives, by platform.
 * @type {Partial<Record<NodeJS.Platform, string[]>>}
 */
const SYSTEM_CANDIDATES = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** What to tell a person when no browser can be found, per platform. */
export const INSTALL_HELP = [
  'No Chromium found. Diagrams are rendered at build time and the browser tests need one. Do one of:',
  '  - Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  - macOS:          install Google Chrome, or `brew install --cask chromium`',
  '  - any system:     npx playwright-core install chromium',
  '  - or point CHROMIUM_PATH at an existing Chromium/Chrome executable.',
].join('\n');

/** Playwright's own Chromium, when it has been downloaded. */
async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @returns {Promise<{ path: string, origin: 'CHROMIUM_PATH' | 'system' | 'playwright' } | undefined>}
 */
export async function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, origin: 'CHROMIUM_PATH' };
    throw new Error(
      `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no file is there.\n${INSTALL_HELP}`,
    );
  }
  for (const candidate of SYSTEM_CANDIDATES[process.platform] ?? []) {
    if (existsSync(candidate)) return { path: candidate, origin: 'system' };
  }
  const own = await playwrightChromium();
  return own ? { path: own, origin: 'playwright' } : undefined;
}

/** Tries to download Playwright's own Chromium; false when that is not possible (offline, blocked). */
export function installPlaywrightChromium() {
  try {
    const cli = join(
      dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')),
      'cli.js',
    );
    execFileSync(process.execPath, [cli, 'install', 'chromium'], {
      stdio: 'inherit',
      timeout: 10 * 60_000,
    });
    return true;
  } catch {
    return false;
  }
}

/** Launch flags for a headless, quiet Chromium that makes no requests of its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Finds a Chromium or throws the install help; for code that cannot go on without one. */
export async function requireChromium() {
  const found = await findChromium();
  if (!found) throw new Error(INSTALL_HELP);
  return found.path;
}
