import { describe, expect, inject, it } from 'vitest';
import { expectedRoutes } from './expected-routes';

describe('every collection route', () => {
  const siteUrl = inject('siteUrl');
  const urls = expectedRoutes();

  it('covers every collection', () => {
    for (const prefix of [
      '/plans/',
      '/projects/',
      '/topics/',
      '/reading/',
      '/templates/',
      '/checklists/',
      '/practice/',
    ]) {
      expect(urls.filter((u) => u.startsWith(prefix)).length, prefix).toBeGreaterThan(1);
    }
    expect(urls.some((u) => /\/plans\/[^/]+\/week-\d+\/$/.test(u))).toBe(true);
  });

  it('answers 200 with a page for each URL', async () => {
    const failures: string[] = [];
    for (const url of urls) {
      const res = await fetch(new URL(url.slice(1), siteUrl));
      const body = await res.text();
      if (res.status !== 200) failures.push(`${url}: ${res.status}`);
      else if (!/\.(md|sql)$/.test(url) && !body.includes('<main'))
        failures.push(`${url}: no <main>`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 404 for a page that does not exist', async () => {
    const res = await fetch(new URL('projects/no-such-project/', siteUrl));
    expect(res.status).toBe(404);
  });
});
