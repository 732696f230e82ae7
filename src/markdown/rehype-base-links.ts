import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isRootRelative, withBase } from '../lib/urls';

/**
 * Content links to our own pages are written root-relative (`/topics/dbt/`) so that files read
 * the same in every fork; this prefixes them with the configured base path at build time.
 */
export function rehypeBaseLinks(base: string) {
  return () => (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (
        node.tagName === 'a' &&
        typeof href === 'string' &&
        isRootRelative(href) &&
        !href.startsWith(`${base}/`)
      ) {
        node.properties.href = withBase(base, href);
      }
    });
  };
}
