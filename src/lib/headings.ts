import { slugify } from './slug';

/** A heading for the table of contents of a custom page, with a slug that matches its id. */
export function heading(text: string, depth = 2) {
  return { depth, slug: slugify(text), text };
}
