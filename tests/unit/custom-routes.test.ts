import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  acceptBuiltCustomRoutes,
  builtFileCandidates,
  customRouteLink,
} from '../../src/validation/link-check-routes';

describe('customRouteLink', () => {
  it('recognises links to our own routes, with or without the base path', () => {
    expect(customRouteLink('/topics/dbt/', '/')).toEqual({ path: '/topics/dbt/', hash: '' });
    expect(customRouteLink('/atlas/plans/p/week-2/#objectives', '/atlas')).toEqual({
      path: '/plans/p/week-2/',
      hash: 'objectives',
    });
    expect(customRouteLink('/plans/p/?x=1', '/atlas')).toEqual({ path: '/plans/p/', hash: '' });
    expect(customRouteLink('/atlas/', '/atlas')).toEqual({ path: '/', hash: '' });
    expect(customRouteLink('/progress', '/')).toEqual({ path: '/progress', hash: '' });
  });
  it('leaves Starlight pages, other hosts and relative links to the validator', () => {
    expect(customRouteLink('/guides/learning-path/final-principles/', '/')).toBeUndefined();
    expect(customRouteLink('/topicsx/', '/')).toBeUndefined();
    expect(customRouteLink('//example.org/topics/', '/')).toBeUndefined();
    expect(customRouteLink('../topics/dbt/', '/')).toBeUndefined();
  });
});

describe('builtFileCandidates', () => {
  it('maps a path to the files a static host would serve', () => {
    expect(builtFileCandidates('/')).toEqual(['index.html']);
    expect(builtFileCandidates('/topics/dbt/')).toEqual(['topics/dbt/index.html']);
    expect(builtFileCandidates('/templates/adr.md')).toEqual([
      'templates/adr.md',
      'templates/adr.md.html',
      'templates/adr.md/index.html',
    ]);
  });
});

describe('acceptBuiltCustomRoutes', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-routes-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
  };
  write('topics/dbt/index.html', '<h2 id="resources">Resources</h2>');
  write('templates/adr.md', '# ADR');
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  const accept = acceptBuiltCustomRoutes({ base: '/atlas', outDir });
  it('accepts a link to a page the build produced, and to an id on it', () => {
    expect(accept({ link: '/atlas/topics/dbt/' })).toBe(true);
    expect(accept({ link: '/atlas/topics/dbt' })).toBe(true);
    expect(accept({ link: '/atlas/topics/dbt/#resources' })).toBe(true);
    expect(accept({ link: '/atlas/templates/adr.md' })).toBe(true);
  });
  it('hands back a missing page or heading, so the validator reports it', () => {
    expect(accept({ link: '/atlas/topics/dbx/' })).toBe(false);
    expect(accept({ link: '/atlas/topics/dbt/#nope' })).toBe(false);
    expect(accept({ link: '/atlas/guides/x/' })).toBe(false);
  });
});
