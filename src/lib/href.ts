import { withBase } from './urls';

/** A site path with the configured base path applied, for links rendered by components. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);
