/**
 * The web app manifest and the head tags that make the atlas installable. Addresses in the
 * manifest are relative to it (it sits at the base path), so one file works under any base.
 */

/** Header colours of Starlight's two themes (`--sl-color-bg-nav`), for the browser's own bar. */
const THEME_COLOURS = { light: '#f6f7f9', dark: '#23262f' } as const;
/** Page background of the dark theme (`--sl-color-black`), shown while an installed app starts. */
const BACKGROUND = '#17181c';

/** The icons in public/icons/ (drawn by ./render-icons.mjs from the SVGs). */
export const ICON_FILES = [
  'icons/atlas-light.svg',
  'icons/atlas-dark.svg',
  'icons/atlas-192.png',
  'icons/atlas-512.png',
  'icons/atlas-maskable-512.png',
] as const;

export function webManifest(title: string) {
  return {
    name: title,
    short_name: 'Atlas',
    description: 'Study plans, projects and interview material for senior data engineers.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: BACKGROUND,
    theme_color: THEME_COLOURS.light,
    icons: [
      { src: 'icons/atlas-light.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: 'icons/atlas-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/atlas-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: 'icons/atlas-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
}

interface HeadTag {
  tag: 'link' | 'meta';
  attrs: Record<string, string>;
}

/** Starlight `head` entries: the manifest, the theme colours and the icons, under `base`. */
export function installHead(base: string): HeadTag[] {
  const at = (path: string) => `${base.replace(/\/?$/, '/')}${path}`;
  return [
    { tag: 'link', attrs: { rel: 'manifest', href: at('manifest.webmanifest') } },
    {
      tag: 'meta',
      attrs: {
        name: 'theme-color',
        content: THEME_COLOURS.light,
        media: '(prefers-color-scheme: light)',
      },
    },
    {
      tag: 'meta',
      attrs: {
        name: 'theme-color',
        content: THEME_COLOURS.dark,
        media: '(prefers-color-scheme: dark)',
      },
    },
    {
      tag: 'link',
      attrs: {
        rel: 'icon',
        href: at('icons/atlas-dark.svg'),
        type: 'image/svg+xml',
        media: '(prefers-color-scheme: dark)',
      },
    },
    { tag: 'link', attrs: { rel: 'apple-touch-icon', href: at('icons/atlas-192.png') } },
  ];
}
