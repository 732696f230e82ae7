import type { z } from 'astro/zod';
import type { ContentCollection } from '../content-model.ts';

/**
 * The collections an entry may point at: ours, from the content model, and Starlight's `docs`.
 * Schemas take a `ReferenceFn` instead of importing `reference()` from `astro:content`, so they
 * can be unit-tested and walked by Node tools with plain Zod outside Astro.
 */
export type CollectionName = ContentCollection | 'docs';

/** The shape of a resolved reference, as Astro stores it. */
interface EntryRef<C extends string = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Astro's `reference()`, or a stand-in for it. Generic over any name rather than `CollectionName`:
 * the content model's type is inferred from the schemas, so the schemas' types cannot depend on
 * it in turn. The model checks that every reference field it lists names a known collection.
 */
export type ReferenceFn = <C extends string>(collection: C) => z.ZodType<EntryRef<C>, unknown>;
