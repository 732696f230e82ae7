import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import type { Plugin } from 'vite';

/**
 * The inline scripts the site itself may put on a page, known from its code rather than read
 * back from the finished pages (which would also trust a `<script>` that content slipped in):
 * - the `<script is:inline>` bodies of the theme's and our own `.astro` components, verbatim;
 * - the component scripts Vite bundles, which Astro inlines when they are small.
 */
export interface TrustedScripts {
  bodies: Set<string>;
}

interface AstNode {
  type?: string;
  start?: number;
  end?: number;
  name?: { name?: string };
  openingElement?: AstNode & { attributes?: AstNode[] };
  closingElement?: AstNode | null;
}

/**
 * The body of every `<script is:inline>` in an `.astro` source, exactly as written, found with
 * the parser Astro itself compiles components with (`@astrojs/compiler-rs`), so a script in a
 * comment, a string or the frontmatter is not taken for one.
 */
export function inlineScriptBodies(source: string): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const { type, openingElement, closingElement } = node as AstNode;
    if (
      type === 'JSXElement' &&
      openingElement?.name?.name === 'script' &&
      openingElement.attributes?.some((a) => a.name?.name === 'is:inline') &&
      closingElement
    ) {
      out.push(source.slice(openingElement.end, closingElement.start));
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(parse(source).ast);
  return out;
}

async function astroFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.astro'))
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/** Adds the inline scripts of every `.astro` file below the given folders. */
export async function collectComponentScripts(
  trusted: TrustedScripts,
  folders: string[],
): Promise<void> {
  const files = (await Promise.all(folders.map(astroFiles))).flat();
  for (const file of files) {
    for (const body of inlineScriptBodies(await readFile(file, 'utf8'))) trusted.bodies.add(body);
  }
}

/**
 * A Vite plugin for the client build that records every script chunk before Astro decides which
 * to inline (it inlines `chunk.code.trim()` and drops the file), so inlined ones are trusted.
 */
export function bundledScriptsPlugin(trusted: TrustedScripts): Plugin {
  return {
    name: 'atlas:trusted-bundled-scripts',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk') trusted.bodies.add(output.code.trim());
        }
      },
    },
  };
}
