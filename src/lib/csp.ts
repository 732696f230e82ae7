import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy for the built site: scripts only from our origin plus the exact inline
 * scripts the pages carry (by hash), no eval. WebAssembly compilation is allowed because the
 * search index (Pagefind) runs as WebAssembly; that is 'wasm-unsafe-eval', not 'unsafe-eval'.
 */

/** Script types that browsers do not execute (data blocks), so CSP does not apply to them. */
const DATA_TYPES = /^(application\/(ld\+)?json|text\/plain)$/i;

/** The text of every inline, executable <script> in an HTML document, exactly as written. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1];
    if (type && DATA_TYPES.test(type)) continue;
    out.push(body);
  }
  return out;
}

export const scriptHash = (body: string) =>
  `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/** The policy. `forHeader` adds what only a response header can carry. */
export function contentSecurityPolicy(hashes: Iterable<string>, forHeader = false): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].sort().join(' ')}`.trim(),
    // Diagrams are inline SVG with their own <style>; Starlight sets inline style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (src/offline/) and the web app manifest, from the site itself only.
    "worker-src 'self'",
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

/** A Netlify/Cloudflare-style `_headers` file applying the policy to every path. */
export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
