import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  inlineScripts,
  scriptHash,
  withCspMeta,
  workerScriptSource,
} from '../../src/finished-pages/csp';

describe('content security policy', () => {
  const html =
    '<html><head><meta charset="utf-8"/><script>a()</script><script type="module" src="/x.js"></script>' +
    '<script type="application/json">{"a":1}</script><script type="module">b()</script></head></html>';

  it('finds executable inline scripts only', () => {
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });
  it('reads scripts as a browser does, not as text that looks like a script', () => {
    const tricky =
      '<!doctype html><html><head><!-- <script>commented()</script> -->' +
      '<SCRIPT TYPE="Module">c()</SCRIPT><script type="text/plain">d()</script>' +
      "<script data-src='/y.js'>e()</script></head><body>" +
      '<pre>&lt;script&gt;f()&lt;/script&gt;</pre><textarea><script>g()</script></textarea>' +
      '<template><script>h()</script></template></body></html>';
    // The commented, escaped and textarea ones are not scripts; a template's script is (it runs once cloned).
    expect(inlineScripts(tricky)).toEqual(['c()', 'e()', 'h()']);
  });
  it('hashes them as CSP sources', () => {
    expect(scriptHash('a()')).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });
  it("allows our origin and the hashes, never 'unsafe-eval' or inline scripts", () => {
    const policy = contentSecurityPolicy([scriptHash('a()'), scriptHash('a()')]);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash('a()')};`);
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy.split(';').find((d) => d.includes('script-src'))).not.toContain(
      "'unsafe-inline'",
    );
    expect(policy).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy([], { forHeader: true })).toContain("frame-ancestors 'none'");
  });
  it('allows the worker scripts a page names, and no worker when it names none', () => {
    expect(contentSecurityPolicy([])).toContain("worker-src 'self';");
    expect(contentSecurityPolicy([], { workers: [] })).toContain("worker-src 'none';");
    const policy = contentSecurityPolicy([], {
      workers: ['/pagefind/pagefind-worker.js', '/_astro/worker-x.js'],
    });
    expect(policy).toContain('worker-src *:*/_astro/worker-x.js *:*/pagefind/pagefind-worker.js;');
    expect(workerScriptSource('atlas/a.js')).toBe('*:*/atlas/a.js');
  });
  it('allows the service worker and the web app manifest from the site itself only', () => {
    const directives = contentSecurityPolicy([]).split('; ');
    expect(directives).toContain("worker-src 'self'");
    expect(directives).toContain("manifest-src 'self'");
  });
  it('puts the meta tag right after the charset', () => {
    expect(withCspMeta(html, "default-src 'self'")).toContain(
      '<meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src \'self\'">',
    );
  });
  it('writes a headers file for every path', () => {
    expect(headersFile('x')).toBe(
      '/*\n  Content-Security-Policy: x\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n',
    );
  });
});
