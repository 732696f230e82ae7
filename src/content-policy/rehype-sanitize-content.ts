import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { relative } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import { urlProblem } from './allowlist';

/** Elements that load or run code; never part of rendered content. */
const ACTIVE = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'base',
  'meta',
  'link',
  'frame',
  'frameset',
  'applet',
  'portal',
]);
const URL_PROPERTIES = [
  'href',
  'src',
  'xLinkHref',
  'action',
  'formAction',
  'poster',
  'cite',
  'data',
];

/**
 * The second line of defence, after remark-content-policy has refused what writers may not use:
 * removes from the rendered content anything that could still run script — active elements,
 * event-handler attributes, `javascript:`-style URLs — whatever a plugin (or a gap in the first
 * check) put there, and says so in the build log.
 *
 * A deny-list over the finished tree rather than rehype-sanitize's allow-list: rendered content
 * also holds the diagrams' inline SVG (hundreds of element and attribute names, `<style>`,
 * `foreignObject`) and heading ids that rehype-sanitize would prefix; what must never pass is
 * short and stable, and the allow-list for what writers type is enforced before this runs.
 */
export function rehypeSanitizeContent() {
  return (tree: Root, file: VFile) => {
    const removed: string[] = [];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (ACTIVE.has(node.tagName.toLowerCase()) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        removed.push(`<${node.tagName}>`);
        return [SKIP, index];
      }
      for (const property of Object.keys(node.properties ?? {})) {
        if (/^on/i.test(property)) {
          delete node.properties[property];
          removed.push(`${property} on <${node.tagName}>`);
        } else if (URL_PROPERTIES.includes(property)) {
          const value = String(node.properties[property]);
          if (urlProblem(value, 'link')) {
            delete node.properties[property];
            removed.push(`${property}="${value.slice(0, 40)}" on <${node.tagName}>`);
          }
        }
      }
      return undefined;
    });
    if (removed.length > 0) {
      const where = file.path ? relative(process.cwd(), file.path) : '(unknown file)';
      console.warn(
        `[atlas:content-policy] ${where}: removed from the rendered page: ${removed.join(', ')}`,
      );
    }
  };
}
