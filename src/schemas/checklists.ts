import { z } from 'astro/zod';
import { checklistItems } from './checklist-items.ts';
import { searchKeywords, text } from './common.ts';
import type { ReferenceFn } from './reference.ts';

const group = z.strictObject({
  title: text().optional().describe('Section heading; omit for a checklist without sections.'),
  items: checklistItems
    .refine((items) => items.length > 0, 'a group has at least one item')
    .describe('Things to check: plain text, or { id, text } to keep ticks when the text changes.'),
});

export const checklistSchema = (reference: ReferenceFn) =>
  z
    .strictObject({
      title: text().describe("The checklist's name as the reader sees it."),
      summary: text().describe('One or two sentences on when to use it.'),
      keywords: searchKeywords(),
      source: reference('sources').describe(
        'Id of the source the checklist is taken from (src/content/sources/).',
      ),
      topics: z
        .array(reference('topics'))
        .default([])
        .describe('Ids of the topics the checklist covers; their pages list it.'),
      groups: z
        .array(group)
        .min(1, 'a checklist has at least one group')
        .describe('Groups of items; a checklist without sections has one untitled group.'),
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
