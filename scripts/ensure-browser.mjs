#!/usr/bin/env node
// Makes sure a Chromium is available for build-time diagrams and browser tests.
// `--soft` (used on postinstall) never fails the install; without it a missing browser exits 1.
// Plain JavaScript, unlike the other Node tools: npm runs postinstall with the first `node` on its
// PATH, and when the project's node@24 is not installed (`npm install --omit=dev`) that is the
// system's, which may be one that cannot strip types.
import {
  findChromium,
  installPlaywrightChromium,
  INSTALL_HELP,
} from '../src/browser/find-chromium.mjs';

const soft = process.argv.includes('--soft');

let found = await findChromium().catch((error) => {
  console.error(error.message);
  process.exit(soft ? 0 : 1);
});
if (!found && !process.env.ATLAS_NO_BROWSER_DOWNLOAD) {
  console.log("ensure-browser: no Chromium found; trying to download Playwright's own…");
  if (installPlaywrightChromium()) found = await findChromium();
}
if (found) {
  console.log(`ensure-browser: using ${found.origin} Chromium at ${found.path}`);
} else {
  console.error(INSTALL_HELP);
  process.exit(soft ? 0 : 1);
}
