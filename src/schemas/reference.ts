import type { z } from 'astro/zod';

/**
 * The collections an entry may point at. Schemas take a `ReferenceFn` instead of importing
 * `reference()` from `astro:content`, so they can be unit-tested with plain Zod outside Astro.
 */
export type CollectionName = 'plans' | 'weeks' | 'projects' | 'topics' | 'resources' | 'reading' | 'templates' | 'checklists' | 'docs';

/** The shape of a resolved reference, as Astro stores it. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

export type ReferenceFn = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>, any>;
