/**
 * Everything a fork changes to publish its own copy, in one place. Each value can be
 * overridden by an environment variable at build time (e.g. in a deploy workflow).
 */
const env = process.env;

/** Normalises a base path to "/" or "/some/path" (no trailing slash), as Astro expects. */
function basePath(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/*/, '/').replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

export const siteConfig = {
  /** Site title in the header and the browser tab. */
  title: env.ATLAS_TITLE ?? 'Data Engineering Atlas',
  /** Where the site is published (origin only), used for canonical URLs and the sitemap. */
  site: env.ATLAS_SITE ?? 'https://example.org',
  /** Sub-path the site is served under, e.g. "/atlas" for a GitHub Pages project site. */
  base: basePath(env.ATLAS_BASE),
  /** The repository that holds the content; edit links point into it. */
  repository: (env.ATLAS_REPOSITORY ?? 'https://github.com/data-engineering-atlas/atlas').replace(
    /\/+$/,
    '',
  ),
  /** Branch edit links open. */
  branch: env.ATLAS_BRANCH ?? 'main',
};

/** URL of the "Edit page" link for a file given relative to the repository root. */
export function editUrl(repoRelativePath: string): string {
  return `${siteConfig.repository}/edit/${siteConfig.branch}/${repoRelativePath.replace(/^\.?\//, '')}`;
}
