import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Links that leave the site are marked (a class the stylesheet decorates, so readers know
 * before they click) and carry rel="noopener noreferrer", so the other site gets neither a
 * handle on this page nor its address.
 */
export function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      node.properties.rel = ['noopener', 'noreferrer'];
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, 'external-link'];
    });
  };
}
