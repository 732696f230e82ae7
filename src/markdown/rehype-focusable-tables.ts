import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Starlight lets wide tables scroll sideways; a scrolling region must be reachable by keyboard
 * (WCAG 2.1.1), so content tables take focus.
 */
export function rehypeFocusableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'table') node.properties.tabIndex = 0;
    });
  };
}
