import { z } from 'astro/zod';

/**
 * What the site adds to Starlight's page schema for `src/content/docs/`. A page's `slug:` is its
 * address (Astro's glob loader takes it as the entry's id): lower-case words in folders, so that
 * no page can climb out of the site with `../`, hide behind a dot or differ from another by case.
 */
export const docsExtension = z.object({
  slug: z
    .string()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/,
      'is not an address of this site (allowed: lower-case words, digits and single hyphens, in folders separated by "/", e.g. guides/interview-prep)',
    )
    .optional()
    .describe("The page's address, when it is not the file's path."),
});
