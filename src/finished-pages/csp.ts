import { createHash } from 'node:crypto';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * Content-Security-Policy for the built site: scripts only from our origin plus the exact inline
 * scripts the pages carry (by hash), no eval. WebAssembly compilation is allowed because the
 * search index (Pagefind, on every page's search) runs as WebAssembly; that is
 * 'wasm-unsafe-eval', not 'unsafe-eval'. Workers are allowed script by script: each page names
 * the worker scripts it may start (Pagefind's on every page, the SQL runner's only where a runner
 * is), so a page without a runner cannot start PostgreSQL's worker.
 */

/** Script types that browsers do not execute (data blocks), so CSP does not apply to them. */
const DATA_TYPES = new Set(['application/json', 'application/ld+json', 'text/plain']);

/**
 * The text of every inline, executable <script> in an HTML document, exactly as written, read by
 * an HTML parser as a browser reads the page: a script inside a comment, a `<textarea>` or
 * escaped text is none, and `data-src` is not `src`.
 */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  const walk = (tree: Root) =>
    visit(tree, 'element', (node) => {
      // A template's scripts run once its content is cloned into the page.
      if (node.content) walk(node.content);
      if (node.tagName !== 'script' || node.properties.src !== undefined) return;
      const type = String(node.properties.type ?? '').toLowerCase();
      if (DATA_TYPES.has(type)) return;
      out.push(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
    });
  walk(fromHtml(html));
  return out;
}

export const scriptHash = (body: string) =>
  `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/**
 * A worker-src source for one script of the site at `path` (from the site's root, base included).
 * CSP has no path form of 'self', and a host source needs a host, which a static build does not
 * know (it is served from wherever it is put); `*:*<path>` matches that path on any host and
 * port. It allows no other origin in practice: a dedicated worker's script, and a service
 * worker's, must come from the page's own origin whatever the policy says.
 */
export const workerScriptSource = (path: string) => `*:*${path.startsWith('/') ? '' : '/'}${path}`;

interface PolicyOptions {
  /** Add what only a response header can carry (frame-ancestors). */
  forHeader?: boolean;
  /**
   * The worker scripts the page may start, as site paths; `'self'` for any script of the site.
   * Default `'self'`.
   */
  workers?: readonly string[] | "'self'";
}

export function contentSecurityPolicy(
  hashes: Iterable<string>,
  { forHeader = false, workers = "'self'" }: PolicyOptions = {},
): string {
  const workerSources =
    workers === "'self'"
      ? "'self'"
      : workers.length
        ? [...new Set(workers)].sort().map(workerScriptSource).join(' ')
        : "'none'";
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].sort().join(' ')}`.trim(),
    `worker-src ${workerSources}`,
    // Diagrams are inline SVG with their own <style>; Starlight sets inline style attributes; the
    // SQL editor (CodeMirror) adds its styles as <style> elements when it loads.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The web app manifest (src/offline/), from the site itself only. The service worker is one
    // of the worker scripts every page names (src/finished-pages).
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(forHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** Puts the policy in a <meta> right after <meta charset>, before any script can run. */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) return html.replace(/<head>/i, `<head>${meta}`);
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

/**
 * A Netlify/Cloudflare-style `_headers` file applying the policy to every path. One rule for
 * every path on purpose: hosts combine several matching rules differently (Cloudflare Pages
 * gives a request the headers of every rule that matches it, and two policies are then both
 * enforced). So the header carries the site-wide policy, which worker scripts get too, and each
 * page narrows it with its own <meta> policy: a browser enforces the header's and the meta's
 * together.
 */
export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
