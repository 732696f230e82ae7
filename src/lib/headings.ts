import { slugify } from './slug';

/** One entry of a page's table of contents; `slug` is the id of the heading it links to. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A heading for the table of contents of a custom page, with a slug that matches its id. */
export function heading(text: string, depth = 2): Heading {
  return { depth, slug: slugify(text), text };
}

/** Where an entry's own Markdown body sits among a page's sections: its headings go there. */
export const BODY = 'body';

/**
 * One section of a page as its props declare it: a key the route finds it by, its heading
 * text, and whether the page has it (a section with nothing to show is left out of the page and
 * of the table of contents alike). `BODY` marks the place of the entry's Markdown body.
 */
type SectionSpec<K extends string> = readonly [key: K, text: string, shown: boolean] | typeof BODY;

interface Outline<K extends string> {
  /** The heading of each section the page shows; absent for a section it leaves out. */
  sections: Partial<Record<K, Heading>>;
  /** The headings in page order, with `BODY` where the body's own headings belong. */
  order: Array<Heading | typeof BODY>;
}

/**
 * A page's sections, declared once: the route renders each `<h2>` from `sections` (through
 * PageSection) and hands `tableOfContents()` of the same outline to Starlight, so a heading's
 * text and id are written in one place.
 */
export function outline<K extends string>(specs: ReadonlyArray<SectionSpec<K>>): Outline<K> {
  const sections: Partial<Record<K, Heading>> = {};
  const order: Array<Heading | typeof BODY> = [];
  for (const spec of specs) {
    if (spec === BODY) {
      order.push(BODY);
      continue;
    }
    const [key, text, shown] = spec;
    if (!shown) continue;
    if (key in sections) throw new Error(`Page section "${key}" is declared twice.`);
    sections[key] = heading(text);
    order.push(sections[key]);
  }
  return { sections, order };
}

/** The table of contents of a page: its section headings, with the body's headings in their place. */
export function tableOfContents(
  page: Pick<Outline<string>, 'order'>,
  bodyHeadings: Heading[] = [],
): Heading[] {
  return page.order.flatMap((item) => (item === BODY ? bodyHeadings : [item]));
}
