import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** The text of a built page's main content as a reader sees it: tags stripped, entities decoded, whitespace collapsed. */
export function pageText(distDir: string, page: string): string {
  const file = page.endsWith('.md') ? join(distDir, page) : join(distDir, page, 'index.html');
  const html = readFileSync(file, 'utf8');
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  return normaliseText(
    main
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      .replace(/<svg[\s\S]*?<\/svg>/g, (svg) => svg.replace(/<[^>]+>/g, ' '))
      // Inline elements join their text to the words around them; every other tag separates.
      .replace(
        /<\/?(a|strong|em|b|i|code|span|abbr|kbd|cite|mark|small|sub|sup|time|q)(\s[^>]*)?>/gi,
        '',
      )
      .replace(/<[^>]+>/g, ' '),
  );
}

export function normaliseText(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X'))
        return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return ENTITIES[code.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** A page as a browser parses it: its elements, and the text of the page and of each element. */
export function parsedHtml(html: string) {
  const tree: Root = fromHtml(html);
  const textOf = (node: Root | Element) => {
    let text = '';
    visit(node, 'text', (t: Text) => void (text += t.value));
    return text;
  };
  const elements = (test: (e: Element) => boolean, within: Root | Element = tree) => {
    const found: Element[] = [];
    visit(within, 'element', (e: Element) => void (test(e) && found.push(e)));
    return found;
  };
  return { text: textOf(tree), textOf, elements };
}
