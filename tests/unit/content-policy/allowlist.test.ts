import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { compile } from '@mdx-js/mdx';
import { htmlProblems, urlProblem, urlScheme } from '../../../src/content-policy/allowlist';
import { inlineScriptBodies } from '../../../src/content-policy/trusted-scripts';
import { untrustedScripts } from '../../../src/finished-pages/untrusted-scripts';
import { remarkContentPolicy } from '../../../src/content-policy/remark-content-policy';
import { clearProblems, recordedProblems } from '../../../src/validation/problems';

describe('urlScheme and urlProblem', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JavaScript:alert(1)', 'javascript'],
    [' \u0001javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['vbscript:msgbox', 'vbscript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['https://example.com/a:b', 'https'],
  ])('reads the scheme of %j as a browser would', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });
  it.each(['/topics/kafka/', '../x.png', '#top', '?q=1', 'topics/a:b'])(
    'treats %j as relative',
    (url) => {
      // "topics/a:b" has a slash before the colon: a path, not a scheme.
      expect(urlProblem(url)).toBeUndefined();
    },
  );
  it('allows http, https and mailto links and refuses the rest, naming what is allowed', () => {
    expect(urlProblem('https://kafka.apache.org/')).toBeUndefined();
    expect(urlProblem('mailto:a@example.com')).toBeUndefined();
    expect(urlProblem('javascript:alert(1)')).toMatch(
      /scheme "javascript:" is not allowed \(allowed: http:, https:, mailto:/,
    );
    expect(urlProblem('vbscript:x')).toMatch(/"vbscript:"/);
    expect(urlProblem('data:text/html,x')).toMatch(/"data:"/);
  });
  it('allows no mailto: or data: for images', () => {
    expect(urlProblem('mailto:a@example.com', 'image')).toMatch(/image URL/);
    expect(urlProblem('data:image/svg+xml,<svg onload=alert(1)>', 'image')).toMatch(/"data:"/);
    expect(urlProblem('https://example.com/a.png', 'image')).toBeUndefined();
  });
});

describe('htmlProblems', () => {
  it('accepts the elements writers need', () => {
    expect(
      htmlProblems(
        '<details open><summary>More</summary><p>Press <kbd>Ctrl</kbd>+<kbd>K</kbd><br>H<sub>2</sub>O</p></details>',
      ),
    ).toEqual([]);
    expect(
      htmlProblems(
        '<a href="https://example.com" title="x">x</a><img src="/a.png" alt="a" width="10">',
      ),
    ).toEqual([]);
  });
  it.each([
    ['<script>alert(1)</script>', /<script> is not allowed in content \(it can load or run code/],
    ['<iframe src="https://example.com"></iframe>', /<iframe> is not allowed/],
    ['<object data="x.swf"></object>', /<object> is not allowed/],
    ['<embed src="x.swf">', /<embed> is not allowed/],
    ['<form action="https://evil.example"><input></form>', /<form> is not allowed/],
    ['<style>body{display:none}</style>', /<style> is not allowed/],
    ['<svg onload="alert(1)"></svg>', /<svg> is not allowed/],
    ['<img src="x" onerror="alert(1)">', /<img onerror> is not allowed: event-handler attributes/],
    ['<a href="#" onclick="alert(1)">x</a>', /<a onclick> is not allowed/],
    ['<a href="javascript:alert(1)">x</a>', /<a href>: link URL with scheme "javascript:"/],
    ['<a href="jav&#x61;script:alert(1)">x</a>', /"javascript:"/],
    ['<img src="vbscript:x">', /<img src>: image URL with scheme "vbscript:"/],
    ['<p style="background:url(x)">x</p>', /attribute "style" is not allowed on <p>/],
    ['<div><span><script>x</script></span></div>', /<script> is not allowed/],
  ])('refuses %j', (html, message) => {
    const problems = htmlProblems(html);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(problems[0].line).toBe(1);
  });
});

describe('remarkContentPolicy', () => {
  const run = (markdown: string) => {
    clearProblems();
    const processor = unified().use(remarkParse).use(remarkContentPolicy);
    let error: Error | undefined;
    try {
      processor.runSync(processor.parse(markdown), { path: undefined, value: markdown });
    } catch (e) {
      error = e as Error;
    }
    return { error, recorded: recordedProblems() };
  };
  it('passes clean Markdown', () => {
    expect(
      run('# Title\n\n[Kafka](https://kafka.apache.org/) and [a topic](/topics/kafka/).\n').error,
    ).toBeUndefined();
  });
  it.each([
    ['[x](javascript:alert(1))', 1, /link URL with scheme "javascript:"/],
    ['text\n\n![x](javascript:alert(1))', 3, /image URL with scheme "javascript:"/],
    ['[x][r]\n\n[r]: vbscript:msgbox', 3, /"vbscript:"/],
    ['<JAVASCRIPT:alert(1)>', 1, /"javascript:"/],
    ['para\n\n<script>alert(1)</script>', 3, /<script> is not allowed/],
    ['inline <img src=x onerror=alert(1)> html', 1, /<img onerror>/],
  ])('refuses %j at its line and records it', (markdown, line, message) => {
    const { error, recorded } = run(markdown);
    expect(error?.message).toMatch(message);
    expect(recorded).toHaveLength(1);
    expect(recorded[0].line).toBe(line);
  });
});

describe('remarkContentPolicy on MDX, with the MDX parser Astro uses', () => {
  const compileMdx = async (mdx: string) => {
    clearProblems();
    let error: Error | undefined;
    try {
      await compile(mdx, { remarkPlugins: [remarkContentPolicy] });
    } catch (e) {
      error = e as Error;
    }
    return { error, recorded: recordedProblems() };
  };
  it.each([
    ['<iframe src="https://example.com/" />', /<iframe> is not allowed/],
    ['<img src="/x.png" onError="alert(1)" />', /<img onError> is not allowed/],
    ['<a href="javascript:alert(1)">x</a>', /"javascript:" is not allowed/],
    ['<a href={"javascript:alert(1)"}>x</a>', /not as an expression/],
    ['<a {...props}>x</a>', /spread attributes/],
    ["import X from 'some-package'\n\n<X />", /import from "some-package" is not allowed/],
    ['export const x = 1', /export statements are not allowed/],
    // Elements built inside braces are rendered like any other, so they are held to the same rules.
    ['{<script>{"alert(1)"}</script>}', /an element inside \{…\} is not allowed/],
    ['Text {<iframe src="javascript:alert(1)" />} text.', /an element inside \{…\} is not allowed/],
    ['{[1].map(() => <b>x</b>)}', /an element inside \{…\} is not allowed/],
    ['<abbr title={<b>x</b>}>x</abbr>', /<abbr title>: an element inside/],
    ['<Card title={<script>{"x"}</script>} />', /<Card>: an element inside/],
    ['<Fragment set:html="<script>alert(1)</script>" />', /<Fragment set:html>: raw HTML/],
    // A component's link is a link: Starlight's LinkCard and LinkButton render it as <a href>.
    [
      '<LinkCard title="x" href="javascript:alert(1)" />',
      /<LinkCard href>: link URL with scheme "javascript:"/,
    ],
    [
      '<LinkButton href={"javascript:alert(1)"}>Go</LinkButton>',
      /<LinkButton href=\{…\}>: write the URL/,
    ],
    [
      '<LinkCard title="x" {...{ href: "javascript:alert(1)" }} />',
      /<LinkCard>: spread attributes/,
    ],
  ])('refuses %j', async (mdx, message) => {
    const { error, recorded } = await compileMdx(mdx);
    expect(error?.message).toMatch(message);
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded[0].line).toBe(1);
  });
  it.each([
    '<kbd>Ctrl</kbd> and <abbr title="Write-ahead log">WAL</abbr>',
    '{/* a comment for editors */}\n\nText.',
    'Text with {"a string"} and {1 + 1}.',
    'import { Card } from \'@astrojs/starlight/components\';\n\n<Card title="Kafka" icon="star">Body</Card>',
    'import { LinkCard } from \'@astrojs/starlight/components\';\n\n<LinkCard title="Kafka" href="/topics/kafka/" />',
  ])('accepts %j', async (mdx) => {
    const { error, recorded } = await compileMdx(mdx);
    expect(error).toBeUndefined();
    expect(recorded).toEqual([]);
  });
});

describe('trusted and untrusted scripts', () => {
  it('reads is:inline bodies from component source verbatim, as Astro parses it', () => {
    const source =
      '---\nconst html = "<script is:inline>fake()</script> café 🚀";\n---\n<div/>\n<script is:inline>\n\twindow.a = 1;\n</script>\n<script>import "./x"</script>\n' +
      '<!-- <script is:inline>commented()</script> -->\n<Card><script is:inline data-x>b()</script></Card>';
    // Not the string in the frontmatter, not the bundled script, not the commented one.
    expect(inlineScriptBodies(source)).toEqual(['\n\twindow.a = 1;\n', 'b()']);
  });
  it('names each page carrying a script the components did not emit', async () => {
    const pages = [
      {
        file: '/out/a/index.html',
        html: '<script>trusted()</script><script type="module" src="/x.js"></script>',
      },
      {
        file: '/out/b/index.html',
        html: '<script>trusted()</script><script>window.pwned=1</script>',
      },
    ];
    const found = await untrustedScripts(pages, new Set(['trusted()']), '/out');
    expect(found).toEqual([{ page: 'b/index.html', source: undefined, preview: 'window.pwned=1' }]);
  });
});
