import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentModel, type ContentCollection } from './content-model';
import { docsExtension } from './schemas/docs';
import type { ReferenceFn } from './schemas/reference';
import { validateCollections } from './validation/loader';

const ref = reference as unknown as ReferenceFn;

/** Our collections, each wired from its entry in the content model (src/content-model.ts). */
const ours = Object.fromEntries(
  Object.entries(contentModel).map(([name, model]) => [
    name,
    defineCollection({
      loader: glob({
        base: `./src/content/${model.folder}`,
        pattern: `**/*.{${model.extensions.join(',')}}`,
      }),
      schema: model.schema(ref),
    }),
  ]),
) as {
  // Keep each collection's own schema type, so `CollectionEntry<'topics'>['data']` is typed.
  [K in ContentCollection]: {
    loader: ReturnType<typeof glob>;
    schema: ReturnType<(typeof contentModel)[K]['schema']>;
  };
};

export const collections = validateCollections({
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: docsExtension }),
  }),
  // Interface strings that differ from Starlight's defaults (src/content/i18n/en.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  ...ours,
});
