import { z } from 'astro/zod';
import { checklistItems } from './checklist-items';
import { source, text } from './common';
import type { ReferenceFn } from './reference';

const group = z.strictObject({
  /** Section heading; omit for a checklist without sections. */
  title: text().optional(),
  items: checklistItems.refine((items) => items.length > 0, 'a group has at least one item'),
});

export const checklistSchema = (reference: ReferenceFn) =>
  z
    .strictObject({
      title: text(),
      summary: text(),
      /**
       * Words readers search with that the page's text lacks ("schedule", "how many weeks"): indexed
       * as search metadata (Pagefind `keywords`, weighted in astro.config.mjs), never shown.
       */
      keywords: z.array(text()).default([]),
      source: source(),
      /** Topics the checklist covers; its topic pages list it. */
      topics: z.array(reference('topics')).default([]),
      /** Groups of items; a checklist without sections has one untitled group. */
      groups: z.array(group).min(1, 'a checklist has at least one group'),
    })
    // Progress is keyed per checklist, not per group, so ids must be unique across groups too.
    .superRefine((checklist, ctx) => {
      const seen = new Map<string, string>();
      checklist.groups.forEach((g, gi) =>
        g.items.forEach((item, ii) => {
          const where = `groups[${gi}].items[${ii}]`;
          const first = seen.get(item.id);
          if (first) {
            ctx.addIssue({
              code: 'custom',
              path: ['groups', gi, 'items', ii],
              message: `duplicate item id "${item.id}" (${first} and ${where}): ids must be unique within a checklist; set an explicit id on one of them`,
            });
          } else seen.set(item.id, where);
        }),
      );
    });
