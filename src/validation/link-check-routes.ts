import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  contentCollections,
  contentModel,
  hasEntryPages,
  type CollectionModel,
} from '../content-model';

/**
 * starlight-links-validator knows Starlight's own pages (src/content/docs) and their headings, but
 * not the pages our routes in src/pages build: it reports every link to them as invalid. These
 * helpers let it accept such a link exactly when the build produced the page (and, for a link with
 * a #hash, an element with that id), so a link to a missing topic or week still fails the build.
 */

/** Pages of ours in src/pages/ that no collection owns. */
const STANDALONE_PAGES = ['/progress/', '/map/'];

/**
 * Where our own routes live: the index path of every collection whose entries have pages of
 * their own (from the content model), and the standalone pages. Everything else is a Starlight
 * page the plugin checks itself.
 */
export const CUSTOM_ROUTE_PREFIXES: readonly string[] = [
  ...new Set([
    ...contentCollections
      .map((name): CollectionModel => contentModel[name])
      .filter(hasEntryPages)
      .map((model) => model.indexPath),
    ...STANDALONE_PAGES,
  ]),
];

interface CustomRouteLink {
  /** Site path without the base path, e.g. "/topics/dbt/". */
  path: string;
  /** Fragment without "#", empty when there is none. */
  hash: string;
}

/**
 * The target of a root-relative link if it points at one of our custom routes (or the home page,
 * also a custom route), with or without the base path in front; undefined otherwise.
 */
export function customRouteLink(link: string, base: string): CustomRouteLink | undefined {
  if (!link.startsWith('/') || link.startsWith('//')) return undefined;
  const [beforeHash, ...rest] = link.split('#');
  const hash = rest.join('#');
  let path = beforeHash.split('?')[0];
  const prefix = base === '/' ? '' : base.replace(/\/+$/, '');
  if (prefix && (path === prefix || path.startsWith(`${prefix}/`)))
    path = path.slice(prefix.length) || '/';
  const isCustom =
    path === '/' ||
    CUSTOM_ROUTE_PREFIXES.some((p) => path === p.slice(0, -1) || path.startsWith(p));
  return isCustom ? { path, hash } : undefined;
}

/** The files a static host would serve for a site path (`/x/` → `x/index.html`, `/x` → `x`, `x.html` or `x/index.html`). */
export function builtFileCandidates(path: string): string[] {
  const relative = path.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return [`${relative}index.html`];
  return [relative, `${relative}.html`, `${relative}/index.html`];
}

/** True when `html` has an element with this id (the target of `#hash`). */
function hasElementId(html: string, id: string): boolean {
  const escaped = id.replace(
    /[&"<>]/g,
    (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!,
  );
  return html.includes(`id="${escaped}"`) || html.includes(`id="${id}"`);
}

/**
 * The validator's `exclude` option: skips (accepts) a link to a custom route when the build
 * output in `outDir` has its page and, for a #hash, the element it targets. Links to Starlight
 * pages are left to the validator.
 */
export function acceptBuiltCustomRoutes(options: { base: string; outDir: string }) {
  const html = new Map<string, string>();
  const read = (file: string) => {
    if (!html.has(file)) html.set(file, readFileSync(file, 'utf8'));
    return html.get(file)!;
  };
  return ({ link }: { link: string }): boolean => {
    const target = customRouteLink(link, options.base);
    if (!target) return false;
    const file = builtFileCandidates(target.path)
      .map((candidate) => join(options.outDir, candidate))
      .find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (!file) return false;
    if (!target.hash || target.hash === '_top' || !file.endsWith('.html')) return true;
    return hasElementId(read(file), target.hash);
  };
}
