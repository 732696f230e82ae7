import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { find, html } from 'property-information';

/**
 * What raw HTML and which URLs content may carry. Content arrives in pull requests whose
 * reviewers read Markdown, not the rendered page, so anything that could run code in a reader's
 * browser is refused at build time with the place and what to write instead. Plain data in,
 * plain data out: the Markdown plugins and the tests share these rules.
 */

/** Elements a writer may use as raw HTML, with the attributes each may carry. */
export const allowedHtml: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  abbr: ['title'],
  b: [],
  br: [],
  cite: [],
  code: [],
  dd: [],
  del: [],
  details: ['open'],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  i: [],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  ins: [],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start'],
  p: [],
  pre: [],
  q: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
};

/** Attributes every allowed element may carry. */
export const globalAttributes: readonly string[] = ['id', 'class', 'title', 'lang', 'dir'];

/**
 * Elements that load or run code in a reader's browser. A writer who uses one is told so, and the
 * rendered content never keeps one, whoever put it there (./rehype-sanitize-content.ts). Elements
 * that are merely not allowed (`<style>`, `<svg>`, `<input>`) are absent: the site's own diagrams
 * and task lists render them.
 */
export const CODE_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'link',
  'meta',
  'base',
  'frame',
  'frameset',
  'applet',
  'portal',
]);

/** Attributes whose value is a URL, checked with `urlProblem` wherever they appear. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'srcset',
  'background',
  'data',
]);

export type UrlUse = 'link' | 'image';

/** Schemes a link in content may use; relative links and `#fragments` are always fine. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const IMAGE_SCHEMES = new Set(['http', 'https']);

/**
 * The scheme a browser would see in a URL: it drops leading C0 controls and spaces and every
 * tab or newline inside before reading the scheme, so `java\tscript:` and ` javascript:` are
 * `javascript:` to it. Undefined for a relative URL.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers strip exactly these characters
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1].toLowerCase() : undefined;
}

/** Why a URL may not appear in content, or undefined when it may. */
export function urlProblem(url: string, use: UrlUse = 'link'): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined) return undefined;
  const allowed = use === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES;
  if (allowed.has(scheme)) return undefined;
  const list = [...allowed].map((s) => `${s}:`).join(', ');
  return `${use === 'image' ? 'image' : 'link'} URL with scheme "${scheme}:" is not allowed (allowed: ${list}, or a relative path)`;
}

interface HtmlProblem {
  /** 1-based line and column inside the fragment, when the parser knows them. */
  line?: number;
  column?: number;
  message: string;
}

const ALLOWED_LIST = Object.keys(allowedHtml).join(', ');

/** What content is told about an element outside the allowlist, written as HTML or as MDX's JSX. */
export function elementNotAllowed(tag: string): string {
  const why = CODE_ELEMENTS.has(tag) ? ' (it can load or run code in a reader\u2019s browser)' : '';
  return `<${tag}> is not allowed in content${why}; allowed elements: ${ALLOWED_LIST}`;
}

function elementProblems(node: Element): HtmlProblem[] {
  const at = { line: node.position?.start.line, column: node.position?.start.column };
  const tag = node.tagName.toLowerCase();
  const allowed = allowedHtml[tag];
  if (!allowed) return [{ ...at, message: elementNotAllowed(tag) }];
  const problems: HtmlProblem[] = [];
  for (const [property, value] of Object.entries(node.properties ?? {})) {
    const name = attributeName(property);
    if (/^on/i.test(name)) {
      problems.push({
        ...at,
        message: `<${tag} ${name}> is not allowed: event-handler attributes run script; content may not carry them`,
      });
      continue;
    }
    if (!allowed.includes(name) && !globalAttributes.includes(name)) {
      const list = [...allowed, ...globalAttributes].join(', ');
      problems.push({
        ...at,
        message: `attribute "${name}" is not allowed on <${tag}> (allowed: ${list})`,
      });
      continue;
    }
    if (URL_ATTRIBUTES.has(name)) {
      const problem = urlProblem(
        String(Array.isArray(value) ? value.join(' ') : value),
        tag === 'img' ? 'image' : 'link',
      );
      if (problem) problems.push({ ...at, message: `<${tag} ${name}>: ${problem}` });
    }
  }
  return problems;
}

/** hast keeps properties in camelCase (`className`, `onError`); content authors wrote the HTML names. */
export const attributeName = (property: string): string => find(html, property).attribute;
const propertyName = (attribute: string): string => find(html, attribute).property;

/** Every problem in a fragment of raw HTML written in content (elements, attributes, URLs). */
export function htmlProblems(fragment: string): HtmlProblem[] {
  const tree: Root = fromHtml(fragment, { fragment: true });
  const problems: HtmlProblem[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      problems.push(...elementProblems(node));
      walk(node.children);
      if (node.content) walk(node.content.children);
    }
  };
  walk(tree.children);
  return problems;
}

/**
 * The same allowlist as a hast-util-sanitize schema, for what reaches the rendered page: only the
 * allowed elements and attributes, links and images only with the allowed schemes. Ids are kept
 * as written (no `user-content-` prefix): pages link to them, and the build refuses duplicates.
 * Comments carry nothing a browser runs, so they stay.
 */
const contentSchema: Schema = {
  tagNames: Object.keys(allowedHtml),
  attributes: {
    '*': globalAttributes.map(propertyName),
    ...Object.fromEntries(
      Object.entries(allowedHtml).map(([tag, names]) => [tag, names.map(propertyName)]),
    ),
  },
  protocols: { href: [...LINK_SCHEMES], src: [...IMAGE_SCHEMES] },
  // What is not allowed but harmless (say `<button>`) keeps its text; these go with their content.
  strip: [...CODE_ELEMENTS, 'style', 'template', 'svg', 'math', 'textarea', 'select'],
  ancestors: {},
  required: {},
  clobber: [],
  clobberPrefix: '',
  allowComments: true,
};

/** A fragment of raw HTML as the allowlist lets it render, and whether that differs from it. */
export function sanitizeFragment(fragment: string): { html: string; changed: boolean } {
  const tree = fromHtml(fragment, { fragment: true });
  const before = toHtml(tree);
  const after = toHtml(sanitize(tree, contentSchema));
  return { html: after, changed: after !== before };
}

/** Whether sanitising a fragment with the allowlist would change it. */
export const sanitizeChanges = (fragment: string): boolean => sanitizeFragment(fragment).changed;
