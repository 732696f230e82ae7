import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import {
  allowedHtml,
  elementNotAllowed,
  globalAttributes,
  htmlProblems,
  urlProblem,
  type UrlUse,
} from './allowlist';
import { formatProblem, recordProblem, type ContentProblem } from '../validation/problems';

/** Modules an `.mdx` entry may import components from: the site's and Starlight's own. */
const IMPORTABLE = [
  /^@astrojs\/starlight\/components$/,
  /(^|\/)src\/components\/[\w/-]+\.astro$/,
  /^(\.\.\/)+components\/[\w/-]+\.astro$/,
];

interface Position {
  start: { line: number; column: number };
}
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

const ELEMENT_IN_EXPRESSION =
  'an element inside {…} is not allowed in content: the allowlist only sees elements written as HTML or JSX outside braces';

/**
 * Whether a node's JavaScript (the estree MDX parses an expression into) builds an element: JSX
 * inside braces is rendered like any other, but is not an mdast node the checks here visit.
 */
function holdsElement(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(holdsElement);
  const { type } = node as { type?: unknown };
  if (type === 'JSXElement' || type === 'JSXFragment') return true;
  return Object.values(node).some(holdsElement);
}

/**
 * Refuses, with file and line, raw HTML outside the allowlist, event-handler attributes and
 * `javascript:`-style URLs in Markdown and MDX content (links, images, definitions, raw HTML,
 * JSX). Runs at the mdast stage, where the author's own syntax is still visible. Nothing is
 * stripped silently: every problem is reported, and the build fails (src/validation/problems.ts).
 */
export function remarkContentPolicy() {
  return (tree: Root, file: VFile) => {
    const path = file.path ? relative(process.cwd(), file.path) : '(unknown file)';
    const offset = lineOffset(file.path, String(file.value ?? ''));
    const found: ContentProblem[] = [];
    const report = (
      position: Position | undefined,
      message: string,
      inner?: { line?: number; column?: number },
    ) => {
      const line = position
        ? position.start.line + offset + (inner?.line ? inner.line - 1 : 0)
        : undefined;
      const column = inner?.line && inner.line > 1 ? inner.column : position?.start.column;
      found.push({ file: path, line, column, message });
    };
    const checkUrl = (node: { url: string; position?: Position }, use: UrlUse) => {
      const problem = urlProblem(node.url, use);
      if (problem) report(node.position, problem);
    };

    visit(tree, (node) => {
      const n = node as typeof node & { value?: string; url?: string; position?: Position };
      switch (node.type) {
        case 'html':
          for (const problem of htmlProblems(n.value ?? ''))
            report(n.position, problem.message, problem);
          break;
        case 'link':
        case 'definition':
          checkUrl(n as { url: string; position?: Position }, 'link');
          break;
        case 'image':
        case 'imageReference':
          if (n.url !== undefined) checkUrl(n as { url: string; position?: Position }, 'image');
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          jsxProblems(n as unknown as { name: string | null; attributes: JsxAttribute[] }).forEach(
            (m) => report(n.position, m),
          );
          break;
        case 'mdxjsEsm':
          esmProblems(n.value ?? '').forEach((m) => report(n.position, m));
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (holdsElement(n.data)) report(n.position, ELEMENT_IN_EXPRESSION);
          break;
      }
    });

    if (found.length === 0) return;
    found.forEach(recordProblem);
    // Fails an .mdx build at once; Astro only logs errors from .md entries, which the validation
    // path reports with every other problem (src/validation/).
    throw new Error(found.map(formatProblem).join('\n'));
  };
}

function jsxProblems({
  name,
  attributes,
}: {
  name: string | null;
  attributes: JsxAttribute[];
}): string[] {
  if (!name) return [];
  // Capitalised names are components, which only the import check can allow; what they are
  // given may still carry markup.
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    return attributes.flatMap((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name)
        return [
          `<${name}>: spread attributes ({...props}) are not allowed in content; write each attribute out`,
        ];
      if (attribute.name === 'set:html')
        return [
          `<${name} set:html>: raw HTML handed to a component is not allowed in content; write it in the page, where the allowlist checks it`,
        ];
      if (holdsElement(attribute.value)) return [`<${name}>: ${ELEMENT_IN_EXPRESSION}`];
      // A component's link or image (Starlight's LinkCard, LinkButton) is rendered as one.
      return attribute.name === 'href' || attribute.name === 'src'
        ? urlAttributeProblems(name, attribute.name, attribute.value, 'link')
        : [];
    });
  }
  const tag = name.toLowerCase();
  const allowed = allowedHtml[tag];
  if (!allowed) return [elementNotAllowed(tag)];
  const problems: string[] = [];
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push(
        `<${tag}>: spread attributes ({...props}) are not allowed in content; write each attribute out`,
      );
      continue;
    }
    const attr = attribute.name === 'className' ? 'class' : attribute.name;
    if (holdsElement(attribute.value)) {
      problems.push(`<${tag} ${attr}>: ${ELEMENT_IN_EXPRESSION}`);
    } else if (/^on/i.test(attr)) {
      problems.push(
        `<${tag} ${attr}> is not allowed: event-handler attributes run script; content may not carry them`,
      );
    } else if (!allowed.includes(attr) && !globalAttributes.includes(attr)) {
      problems.push(
        `attribute "${attr}" is not allowed on <${tag}> (allowed: ${[...allowed, ...globalAttributes].join(', ')})`,
      );
    } else if (attr === 'href' || attr === 'src') {
      problems.push(
        ...urlAttributeProblems(tag, attr, attribute.value, tag === 'img' ? 'image' : 'link'),
      );
    }
  }
  return problems;
}

/** An `href` or `src` written in content: plain text, with a scheme the policy allows. */
function urlAttributeProblems(tag: string, attr: string, value: unknown, use: UrlUse): string[] {
  if (value == null) return [];
  if (typeof value !== 'string')
    return [`<${tag} ${attr}={…}>: write the URL as plain text ("…"), not as an expression`];
  const problem = urlProblem(value, use);
  return problem ? [`<${tag} ${attr}>: ${problem}`] : [];
}

function esmProblems(code: string): string[] {
  const problems: string[] = [];
  for (const [, source] of code.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g)) {
    if (!IMPORTABLE.some((pattern) => pattern.test(source))) {
      problems.push(
        `import from "${source}" is not allowed in content (allowed: @astrojs/starlight/components and the site's own src/components/*.astro)`,
      );
    }
  }
  if (/\bexport\b/.test(code))
    problems.push('export statements are not allowed in content; put data in the frontmatter');
  if (/\bimport\s*\(/.test(code)) problems.push('dynamic import() is not allowed in content');
  return problems;
}

/**
 * How many lines of the file on disk come before the text the Markdown processor was given.
 * Astro hands it the body without the frontmatter (and the blank lines after it), so node
 * positions count from there; finding the body's first line in the file gives the offset.
 */
function lineOffset(path: string | undefined, body: string): number {
  if (!path) return 0;
  try {
    const lines = readFileSync(path, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const first = body.split(/\r?\n/).findIndex((line) => line.trim() !== '');
    if (first < 0) return 0;
    const firstLine = body.split(/\r?\n/)[first];
    const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
    const at = lines.indexOf(firstLine, end + 1);
    return at < 0 ? 0 : at - first;
  } catch {
    return 0;
  }
}
