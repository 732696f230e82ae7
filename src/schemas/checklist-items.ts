import { z } from 'astro/zod';
import { slugify } from '../lib/slug.ts';

/**
 * One tickable item. Written either as plain text or as `{ id, text }` when the text may change
 * later but the reader's tick must survive: the id, not the position, keys stored progress.
 */
const itemInput = z.union([
  z.string().trim().min(1, 'an item needs text'),
  z.strictObject({
    id: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'an item id uses lower-case letters, digits and single hyphens',
      )
      .optional()
      .describe(
        'Stable id for progress; lower-case letters, digits and hyphens. Defaults to a slug of the text.',
      ),
    text: z
      .string()
      .trim()
      .min(1, 'an item needs text')
      .describe('What the reader does or checks. Markdown inline syntax is shown as plain text.'),
  }),
]);

interface ChecklistItem {
  id: string;
  text: string;
}

/**
 * A list of tickable items, normalised to `{ id, text }`. Two items with the same id in one list
 * would share one tick, so that is an error naming the id and both positions.
 */
export const checklistItems = z
  .array(itemInput)
  .transform((items): ChecklistItem[] =>
    items.map((item) =>
      typeof item === 'string'
        ? { id: slugify(item), text: item }
        : { id: item.id ?? slugify(item.text), text: item.text },
    ),
  )
  .superRefine((items, ctx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      if (!item.id) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `item "${item.text}" has no usable id: give it an explicit id`,
        });
        return;
      }
      const first = seen.get(item.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `duplicate item id "${item.id}" (items ${first + 1} and ${index + 1}): ids must be unique within a list; set an explicit id on one of them`,
        });
      } else {
        seen.set(item.id, index);
      }
    });
  });
