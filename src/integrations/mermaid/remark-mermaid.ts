import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import { renderCached } from './cache';
import { diagramFigureHtml } from './figure';
import { formatDiagramError, recordDiagramError } from './errors';

/**
 * Replaces every ```mermaid code block with inline SVG rendered at build time (both themes).
 * Works at the mdast stage so syntax highlighting never sees the block, and hands over hast
 * (not raw HTML) so that MDX, which cannot take raw nodes, renders it too.
 */
export function remarkMermaid() {
  return async (tree: Root, file: VFile) => {
    const blocks: Array<{ node: Code; index: number; parent: any }> = [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang === 'mermaid' && parent && index !== undefined) blocks.push({ node, index, parent });
    });
    for (const { node } of blocks) {
      const path = file.path ?? '(unknown file)';
      try {
        const { hash, svg } = await renderCached(node.value);
        const hast = fromHtml(diagramFigureHtml(svg, hash), { fragment: true, space: 'html' });
        Object.assign(node, {
          type: 'mermaidDiagram',
          data: { hName: 'div', hProperties: { className: ['diagram-wrap'] }, hChildren: hast.children },
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const record = { file: path, line: node.position?.start.line, column: node.position?.start.column, message };
        recordDiagramError(record);
        // Fails .mdx builds at once; for .md Astro only logs this, and the integration fails the build at the end.
        throw new Error(formatDiagramError(record));
      }
    }
  };
}
