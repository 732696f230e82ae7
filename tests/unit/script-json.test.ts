import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Text } from 'hast';
import { scriptJson } from '../../src/lib/script-json';

/** The text a browser gives the first `<script>` of `html`, and how many elements it parsed. */
function parsedScript(html: string) {
  const tree = fromHtml(html, { fragment: true });
  const elements = tree.children.filter((n): n is Element => n.type === 'element');
  const text = (elements[0]?.children[0] as Text | undefined)?.value ?? '';
  return { text, elements: elements.map((e) => e.tagName) };
}

describe('scriptJson', () => {
  it.each([
    'Foundations </script><img src=x onerror="alert(1)">',
    'A </SCRIPT > in capitals',
    'An <!-- opened comment <script> and a script',
    '<!-- --> and <![CDATA[ x ]]>',
    'Plain text, quotes " and \' and a backslash \\ and & < >',
    'Line\u2028separator and emoji 🚀',
  ])('keeps %j inside its element and reads back unchanged', (title) => {
    const data = { title, weeks: [{ title }] };
    const html = `<script type="application/json">${scriptJson(data)}</script><p>after</p>`;
    const { text, elements } = parsedScript(html);
    expect(elements).toEqual(['script', 'p']);
    expect(JSON.parse(text)).toEqual(data);
    expect(scriptJson(data)).not.toContain('<');
  });
});
