import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { IndexedPage } from './vocabulary';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SKIPPED = new Set(['script', 'style', 'template', 'svg']);

/** The text of a node, skipping what Pagefind skips: scripts, styles and `data-pagefind-ignore`. */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element') {
    if (SKIPPED.has(node.tagName) || node.properties.dataPagefindIgnore !== undefined) return '';
  }
  // Block boundaries separate words: "Kafka</p><p>Kinesis" is two words, not "KafkaKinesis".
  return node.children.map((child) => textOf(child)).join(' ');
}

function findBody(tree: Root): Element | undefined {
  let body: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.properties.dataPagefindBody === undefined) return;
    body = node;
    return false;
  });
  return body;
}

/**
 * One built page as Pagefind indexes it, read from the page's own HTML through Pagefind's
 * documented attributes: the region marked `data-pagefind-body`, metadata from
 * `data-pagefind-meta="key:value"`. Returns nothing for a page outside the index.
 */
export function indexedPage(url: string, html: string): IndexedPage | undefined {
  const tree = fromHtml(html);
  const body = findBody(tree);
  if (!body) return undefined;
  const meta: Record<string, string> = {};
  visit(tree, 'element', (node) => {
    const value = node.properties.dataPagefindMeta;
    if (typeof value !== 'string') return;
    const colon = value.indexOf(':');
    if (colon > 0) meta[value.slice(0, colon).trim()] = value.slice(colon + 1).trim();
  });
  const headings: string[] = [];
  visit(body, 'element', (node) => {
    if (HEADINGS.has(node.tagName)) headings.push(textOf(node).replace(/\s+/g, ' ').trim());
  });
  return { url, content: textOf(body).replace(/\s+/g, ' ').trim(), meta, headings };
}
