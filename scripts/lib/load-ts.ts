// Lets the Node tools import the project's own TypeScript under src/ whose imports leave out the
// extension (`from './common'`, as Astro and Vite allow): Node (22.18+, 24 here) strips the types
// itself, and this hook adds the `.ts` such imports leave out. Those modules must stay free of
// Astro imports and of TypeScript that Node cannot strip (enums, namespaces), as src/lib is anyway.
// A static import cannot go through the hook (every static import resolves before any code runs,
// so before the hook is registered): such modules are imported with `importProjectModule`.
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
 * Imports a project TypeScript module by path relative to the project root. The caller names the
 * module's type, which the import itself cannot know:
 * `import type * as Model from '../src/content-model.ts'`, then
 * `importProjectModule<typeof Model>(root, 'src/content-model.ts')`.
 */
export async function importProjectModule<Module>(root: string, path: string): Promise<Module> {
  if (!registered) {
    registered = true;
    registerHooks({
      resolve(specifier, context, nextResolve) {
        try {
          return nextResolve(specifier, context);
        } catch (error) {
          const relative = specifier.startsWith('./') || specifier.startsWith('../');
          const code = (error as { code?: unknown } | undefined)?.code;
          if (code !== 'ERR_MODULE_NOT_FOUND' || !relative || /\.[cm]?[jt]s$/.test(specifier))
            throw error;
          return nextResolve(`${specifier}.ts`, context);
        }
      },
    });
  }
  return (await import(pathToFileURL(join(root, path)).href)) as Module;
}
