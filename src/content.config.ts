import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { planSchema } from './schemas/plans';
import { weekSchema } from './schemas/weeks';
import { projectSchema } from './schemas/projects';
import { topicSchema } from './schemas/topics';
import { resourceSchema } from './schemas/resources';
import { readingSchema } from './schemas/reading';
import { templateSchema } from './schemas/templates';
import { checklistSchema } from './schemas/checklists';
import type { ReferenceFn } from './schemas/reference';

const ref = reference as unknown as ReferenceFn;
const mdx = (folder: string) => glob({ base: `./src/content/${folder}`, pattern: '**/*.{md,mdx}' });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Interface strings that differ from Starlight's defaults (src/content/i18n/en.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  plans: defineCollection({ loader: mdx('plans'), schema: planSchema(ref) }),
  weeks: defineCollection({ loader: mdx('weeks'), schema: weekSchema(ref) }),
  projects: defineCollection({ loader: mdx('projects'), schema: projectSchema(ref) }),
  topics: defineCollection({ loader: mdx('topics'), schema: topicSchema(ref) }),
  resources: defineCollection({
    loader: glob({ base: './src/content/resources', pattern: '**/*.{yaml,yml}' }),
    schema: resourceSchema(ref),
  }),
  reading: defineCollection({ loader: mdx('reading'), schema: readingSchema(ref) }),
  templates: defineCollection({ loader: mdx('templates'), schema: templateSchema() }),
  checklists: defineCollection({ loader: mdx('checklists'), schema: checklistSchema(ref) }),
};
