import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { relative } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import {
  CODE_ELEMENTS,
  URL_ATTRIBUTES,
  attributeName,
  sanitizeFragment,
  urlProblem,
} from './allowlist';

/** Raw HTML as a writer typed it: Astro turns it into elements only after every rehype plugin. */
interface Raw {
  type: 'raw';
  value: string;
}
const isRaw = (node: { type: string }): node is Raw => node.type === 'raw';

/**
 * The second line of defence, after remark-content-policy has refused what writers may not use:
 * whatever a plugin, or a gap in the first check, put in the rendered content is made safe here,
 * and the build log says what was removed.
 *
 * - Raw HTML from the content goes through hast-util-sanitize with the allowlist's own schema
 *   (./allowlist.ts), so what a writer may type and what a page keeps are one list.
 * - Elements the Markdown plugins made (the diagrams' inline SVG with its `<style>`, task-list
 *   checkboxes, code blocks) are not held to the writers' allowlist; from them, elements that load
 *   or run code, event-handler attributes and `javascript:`-style URLs are removed.
 */
export function rehypeSanitizeContent() {
  return (tree: Root, file: VFile) => {
    const removed: string[] = [];
    visit(tree, (node, index, parent) => {
      if (isRaw(node)) {
        const safe = sanitizeFragment(node.value);
        if (safe.changed) {
          removed.push(`raw HTML ${JSON.stringify(node.value.trim().slice(0, 60))}`);
          node.value = safe.html;
        }
        return undefined;
      }
      if (node.type !== 'element') return undefined;
      const element = node;
      if (CODE_ELEMENTS.has(element.tagName.toLowerCase()) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        removed.push(`<${element.tagName}>`);
        return [SKIP, index];
      }
      for (const property of Object.keys(element.properties ?? {})) {
        const attribute = attributeName(property);
        if (/^on/i.test(attribute)) {
          delete element.properties[property];
          removed.push(`${attribute} on <${element.tagName}>`);
        } else if (URL_ATTRIBUTES.has(attribute)) {
          const value = String(element.properties[property]);
          if (urlProblem(value, 'link')) {
            delete element.properties[property];
            removed.push(`${attribute}="${value.slice(0, 40)}" on <${element.tagName}>`);
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
