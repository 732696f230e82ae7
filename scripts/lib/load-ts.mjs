// Lets `npm run check` and `npm run new` import the project's own TypeScript (src/schemas,
// src/lib) with no build step: Node (22.18+, 24 here) strips the types itself; this hook adds the
// `.ts` that Astro-style imports (`from './common'`) leave out. Those modules must stay free of
// Astro imports and of TypeScript that Node cannot strip (enums, namespaces), as src/lib is anyway.
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

if (typeof registerHooks !== 'function' || !process.features?.typescript) {
  throw new Error(
    `This script needs Node 22.18 or later (this is ${process.version}). Run it through npm (\`npm run check\`, \`npm run new\`): npm then uses the Node 24 that the project installs (node_modules/.bin/node).`,
  );
}

let registered = false;

/**
 * Imports a project TypeScript module by path relative to the project root. The module comes back
 * untyped: a caller declares its type, `@type {typeof import('../../src/content-model.ts')}`.
 * @param {string} root
 * @param {string} path
 * @returns {Promise<any>}
 */
export async function importProjectModule(root, path) {
  if (!registered) {
    registered = true;
    registerHooks({
      resolve(specifier, context, nextResolve) {
        try {
          return nextResolve(specifier, context);
        } catch (error) {
          const relative = specifier.startsWith('./') || specifier.startsWith('../');
          const code = /** @type {{ code?: unknown } | undefined} */ (error)?.code;
          if (code !== 'ERR_MODULE_NOT_FOUND' || !relative || /\.[cm]?[jt]s$/.test(specifier))
            throw error;
          return nextResolve(`${specifier}.ts`, context);
        }
      },
    });
  }
  return import(pathToFileURL(join(root, path)).href);
}
