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

/** An environment value that is set and not blank, else undefined. */
function optionalUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export const siteConfig = {
  /** Site title in the header and the browser tab. */
  title: env.ATLAS_TITLE ?? 'Data Engineering Atlas',
  /** One sentence on what the site is: the home page's description and the summary of /llms.txt. */
  description:
    'Typed, cross-linked study material for people growing into senior data engineers: plans, projects, topics, checklists and templates.',
  /**
   * Where the site is published (origin only): canonical links, the sitemap and the absolute
   * URLs of calendar events and print footers. Unset, the build emits none of them rather than a
   * placeholder address (the deploy workflow sets it).
   */
  site: optionalUrl(env.ATLAS_SITE),
  /** Sub-path the site is served under, e.g. "/atlas" for a GitHub Pages project site. */
  base: basePath(env.ATLAS_BASE),
  /** The repository that holds the content; edit links point into it. Unset: no edit links. */
  repository: optionalUrl(env.ATLAS_REPOSITORY)?.replace(/\/+$/, ''),
  /** Branch edit links open. */
  branch: env.ATLAS_BRANCH ?? 'main',
};

/** URL of the "Edit page" link for a file given relative to the repository root; none without a repository. */
export function editUrl(repoRelativePath: string): string | undefined {
  if (!siteConfig.repository) return undefined;
  return `${siteConfig.repository}/edit/${siteConfig.branch}/${repoRelativePath.replace(/^\.?\//, '')}`;
}

/** The page's absolute address on the published site, or undefined when no site URL is configured. */
export function absoluteUrl(sitePath: string): string | undefined {
  return siteConfig.site ? new URL(sitePath, siteConfig.site).href : undefined;
}
