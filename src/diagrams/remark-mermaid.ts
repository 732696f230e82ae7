import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Code, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import { renderCached } from './cache';
import { diagramFigureHtml } from './figure';
import { formatProblem, recordProblem, type ContentProblem } from '../validation/problems';

/**
 * Replaces every ```mermaid code block with inline SVG rendered at build time (one SVG, themed by CSS).
 * Works at the mdast stage so syntax highlighting never sees the block, and hands over hast
 * (not raw HTML) so that MDX, which cannot take raw nodes, renders it too.
 */
export function remarkMermaid() {
  return async (tree: Root, file: VFile) => {
    const blocks: Array<{ node: Code; index: number; parent: Parent }> = [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang === 'mermaid' && parent && index !== undefined)
        blocks.push({ node, index, parent });
    });
    for (const [order, { node }] of blocks.entries()) {
      const path = file.path ? relative(process.cwd(), file.path) : '(unknown file)';
      try {
        const { hash, diagram } = await renderCached(node.value);
        const hast = fromHtml(diagramFigureHtml(diagram, hash), { fragment: true, space: 'html' });
        Object.assign(node, {
          type: 'mermaidDiagram',
          data: {
            hName: 'div',
            hProperties: { className: ['diagram-wrap'] },
            hChildren: hast.children,
          },
        });
      } catch (error) {
        const browser = error instanceof Error && error.name === 'BrowserUnavailableError';
        const problem: ContentProblem = {
          file: path,
          line: fenceLine(file.path, order) ?? node.position?.start.line,
          message: browser
            ? `cannot render this diagram: ${error.message}`
            : `Mermaid diagram does not parse (fix the diagram at this line; syntax: https://mermaid.js.org/intro/syntax-reference.html):\n    ${mermaidMessage(error).split('\n').join('\n    ')}`,
        };
        recordProblem(problem);
        // Fails .mdx builds at once; for .md Astro only logs this, and the validation path
        // reports it with every other problem (src/validation/).
        // eslint-disable-next-line preserve-caught-error -- the message already carries the cause's text, and Astro's dev overlay would print a `cause` again as JSON
        throw new Error(formatProblem(problem));
      }
    }
  };
}

/** Mermaid's own explanation (with the line inside the diagram), without the browser's stack. */
function mermaidMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .replace(/^page\.evaluate:\s*(Error:\s*)?/, '')
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n')
    .trim();
}

/**
 * The line of the n-th Mermaid fence in the file on disk. Astro hands the processor the body
 * without its frontmatter, so the parser's positions are off by the frontmatter's length;
 * counting fences in the file gives the line the author sees.
 */
function fenceLine(path: string | undefined, order: number): number | undefined {
  if (!path) return undefined;
  try {
    const fences = readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, index) => (/^\s*(```|~~~)\s*mermaid\b/.test(line) ? [index + 1] : []));
    return fences[order];
  } catch {
    return undefined;
  }
}
