import { z } from 'astro/zod';
import { topicCategories, topicKinds } from './enums.ts';
import { calendarDate, text } from './common.ts';
import { slugify } from '../lib/slug.ts';
import type { ReferenceFn } from './reference.ts';

/** A question a senior interview asks about the topic, with the points a strong answer makes. */
const interviewQuestion = () =>
  z.strictObject({
    question: text().describe('The question as an interviewer would ask it.'),
    answer: z
      .array(text())
      .min(1, 'an answer outline has at least one point')
      .describe('The answer outline: the points a strong answer makes, one line each.'),
  });

/** A topic is the atlas's own summary of a concept or tool; it credits no source. */
export const topicSchema = (reference: ReferenceFn) =>
  z
    .strictObject({
      title: text().describe('The concept or tool, as it is usually written.'),
      category: z.enum(topicCategories).describe('The group the topic index lists it under.'),
      kind: z
        .enum(topicKinds)
        .optional()
        .describe(
          'product: the page describes a named product, service or open-source project (it must state `version`, and its review ages faster in fast-moving categories); concept: an idea, technique or practice.',
        ),
      version: text()
        .optional()
        .describe(
          'The release line or version the page describes, as the vendor names it ("Apache Kafka 4.1"); required for product topics, omitted for concepts.',
        ),
      summary: text().describe('One or two sentences in our own words.'),
      aliases: z
        .array(text())
        .default([])
        .describe('Acronyms and other names readers search for (CDC, SCD, IaC …).'),
      related: z
        .array(reference('topics'))
        .default([])
        .describe('Ids of closely related topics; the reverse direction is derived.'),
      resources: z
        .array(reference('resources'))
        .default([])
        .describe('Ids of resources that teach this topic, besides those that name it themselves.'),
      questions: z
        .array(interviewQuestion())
        .default([])
        .describe(
          'Questions a senior interview asks about the topic (2–4), each with our answer outline; the page lists them under "Interview questions".',
        ),
      // `.meta()` replaces a schema's metadata, so the date format calendarDate() declares is restated.
      reviewed: calendarDate().meta({
        type: 'string',
        format: 'date',
        description:
          'The day this text was last checked against vendor documentation, release notes or the standard (YYYY-MM-DD); pages show the month, and npm run check warns when it is older than the review interval (6 months for products in fast-moving categories, 12 otherwise).',
      }),
    })
    .superRefine((topic, ctx) => {
      if (topic.kind === 'product' && topic.version === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['version'],
          message: 'a product topic states the version it describes',
        });
      if (topic.kind === 'concept' && topic.version !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['version'],
          message: 'a concept has no version; set `kind: product` if the page describes a product',
        });
      // Each question's heading id is the slug of its text, so two questions must not share one.
      const seen = new Set<string>();
      topic.questions.forEach((q, index) => {
        const slug = slugify(q.question);
        if (seen.has(slug))
          ctx.addIssue({
            code: 'custom',
            path: ['questions', index, 'question'],
            message: `the question repeats another one ("${slug}")`,
          });
        seen.add(slug);
      });
    });
