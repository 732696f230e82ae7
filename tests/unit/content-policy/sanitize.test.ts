import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { htmlProblems, sanitizeChanges } from '../../../src/content-policy/allowlist';
import { rehypeSanitizeContent } from '../../../src/content-policy/rehype-sanitize-content';

/**
 * One allowlist, two uses: the build's refusal (htmlProblems, with file, line and what is allowed)
 * and hast-util-sanitize over the rendered content. For every fragment, either both accept it or
 * both object to it.
 */
const ACCEPTED = [
  '<details open><summary>More</summary><p>Press <kbd>Ctrl</kbd>+<kbd>K</kbd><br>H<sub>2</sub>O</p></details>',
  '<a href="https://example.com" title="x">x</a><img src="/a.png" alt="a" width="10">',
  '<a href="mailto:a@example.com">mail</a> <a href="#top">top</a> <a href="../x/">up</a>',
  '<table><thead><tr><th scope="col" colspan="2">A</th></tr></thead><tbody><tr><td rowspan="2">1</td></tr></tbody></table>',
  '<p id="why" class="note wide" lang="en" dir="ltr">Text <time datetime="2025-08-19">19 Aug</time></p>',
  '<ol start="3"><li><mark>m</mark> <abbr title="Slowly changing dimension">SCD</abbr></li></ol>',
  '<!-- a note for editors -->',
  '<span>',
  '</span>',
];
const REFUSED = [
  '<script>alert(1)</script>',
  '<iframe src="https://example.com"></iframe>',
  '<object data="x.swf"></object>',
  '<embed src="x.swf">',
  '<form action="https://evil.example"><input></form>',
  '<style>body{display:none}</style>',
  '<svg onload="alert(1)"></svg>',
  '<math><mi>x</mi></math>',
  '<img src="x" onerror="alert(1)">',
  '<a href="#" onclick="alert(1)">x</a>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x61;script:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<img src="vbscript:x">',
  '<img src="mailto:a@example.com">',
  '<p style="background:url(x)">x</p>',
  '<div><span><script>x</script></span></div>',
  '<button type="button">x</button>',
  '<a href="https://example.com" target="_blank">x</a>',
  '<template><img src=x onerror=alert(1)></template>',
];

describe('the allowlist, as messages and as a hast-util-sanitize schema', () => {
  it.each(ACCEPTED)('both accept %j', (html) => {
    expect(htmlProblems(html)).toEqual([]);
    expect(sanitizeChanges(html)).toBe(false);
  });
  it.each(REFUSED)('both object to %j', (html) => {
    expect(htmlProblems(html).length).toBeGreaterThan(0);
    expect(sanitizeChanges(html)).toBe(true);
  });
});

describe('rehypeSanitizeContent in the Markdown pipeline Astro uses', () => {
  afterEach(() => vi.restoreAllMocks());

  // The build's refusal runs first (remark-content-policy); this is what renders if it ever
  // missed something, so the remark check is left out here on purpose.
  async function render(markdown: string) {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeSanitizeContent] });
    const { code } = await processor.render(markdown, {});
    return { html: code, warnings: warn.mock.calls.map((c) => String(c[0])) };
  }

  it('keeps allowed raw HTML as written, wrapping Markdown inside it', async () => {
    const { html, warnings } = await render(
      'Press <kbd>Ctrl</kbd>+<kbd>K</kbd>, <span class="x">**bold**</span>.\n\n<details open>\n<summary>More</summary>\n\nInside.\n\n</details>\n',
    );
    expect(html).toContain('<kbd>Ctrl</kbd>+<kbd>K</kbd>');
    expect(html).toContain('<span class="x"><strong>bold</strong></span>');
    expect(html).toMatch(/<details open>\s*<summary>More<\/summary>/);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['<img src="x.png" alt="" onerror="alert(1)">', /onerror/],
    ['<script>alert(1)</script>', /<script|alert/],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['<iframe src="https://example.com"></iframe>', /<iframe/],
    ['<p style="color:red">x</p>', /style=/],
  ])('removes what the allowlist does not allow from raw HTML: %j', async (raw, gone) => {
    const { html, warnings } = await render(`Before\n\n${raw}\n\nAfter\n`);
    expect(html).not.toMatch(gone);
    expect(html).toContain('After');
    expect(warnings.join('\n')).toMatch(/removed from the rendered page/);
  });

  it('removes a javascript: link written as Markdown', async () => {
    const { html } = await render('[x](javascript:alert(1))\n');
    expect(html).not.toMatch(/javascript:/);
  });
});
