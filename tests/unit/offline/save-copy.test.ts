import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyCache, type CopyList } from '../../../src/offline/offline-files';
import {
  bytesToDownload,
  completeCopyNames,
  removeCopies,
  saveCopy,
  savedCopies,
} from '../../../src/offline/save-copy';

/** The Cache API as the browser has it, in memory, keyed by URL: enough for the copy's logic. */
class MemoryCache {
  entries = new Map<string, Response>();
  async match(request: string | Request) {
    const response = this.entries.get(typeof request === 'string' ? request : request.url);
    return Promise.resolve(response?.clone());
  }
  async put(request: string | Request, response: Response) {
    this.entries.set(typeof request === 'string' ? request : request.url, response.clone());
    return Promise.resolve();
  }
}
class MemoryCaches {
  stores = new Map<string, MemoryCache>();
  async open(name: string) {
    if (!this.stores.has(name)) this.stores.set(name, new MemoryCache());
    return Promise.resolve(this.stores.get(name)!);
  }
  async keys() {
    return Promise.resolve([...this.stores.keys()]);
  }
  async delete(name: string) {
    return Promise.resolve(this.stores.delete(name));
  }
}

const SCOPE = 'https://example.test/atlas/';
const list = (build: string, files: Array<[string, string, number]>): CopyList => ({
  build,
  bytes: files.reduce((sum, [, , size]) => sum + size, 0),
  files: files.map(([url, revision, size]) => ({ url, revision, size })),
});

describe('saving the offline copy', () => {
  let memory: MemoryCaches;
  let fetched: string[];
  beforeEach(() => {
    memory = new MemoryCaches();
    fetched = [];
    vi.stubGlobal('caches', memory);
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(String(url));
      return Promise.resolve(
        String(url).endsWith('missing/')
          ? new Response('no', { status: 404 })
          : new Response(`body of ${String(url)}`),
      );
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('fetches every file under the scope, reports progress in bytes and marks the copy complete last', async () => {
    const first = list('one', [
      ['', 'a', 100],
      ['topics/sql/', 'b', 50],
      ['_astro/x.js', 'c', 10],
    ]);
    const progress: Array<[number, number]> = [];
    await saveCopy(SCOPE, first, (done, total) => progress.push([done, total]));
    expect(fetched.sort()).toEqual([SCOPE, `${SCOPE}_astro/x.js`, `${SCOPE}topics/sql/`]);
    expect(progress[0]).toEqual([0, 160]);
    expect(progress.at(-1)).toEqual([160, 160]);
    const copies = await savedCopies(SCOPE);
    expect(copies.map((c) => c.list.build)).toEqual(['one']);
    const page = await memory.stores.get(copyCache('one'))!.match(`${SCOPE}topics/sql/`);
    expect(await page?.text()).toBe(`body of ${SCOPE}topics/sql/`);
  });

  it('a new build reuses unchanged files, downloads the rest, and replaces the old copy', async () => {
    await saveCopy(
      SCOPE,
      list('one', [
        ['', 'a', 100],
        ['topics/sql/', 'b', 50],
      ]),
    );
    fetched = [];
    const next = list('two', [
      ['', 'a2', 120],
      ['topics/sql/', 'b', 50],
      ['topics/new/', 'n', 30],
    ]);
    expect(bytesToDownload(next, await savedCopies(SCOPE))).toBe(150);
    await saveCopy(SCOPE, next);
    expect(fetched.sort()).toEqual([SCOPE, `${SCOPE}topics/new/`]);
    expect(await memory.keys()).toEqual([copyCache('two')]);
    const kept = await memory.stores.get(copyCache('two'))!.match(`${SCOPE}topics/sql/`);
    expect(await kept?.text()).toBe(`body of ${SCOPE}topics/sql/`);
  });

  it('a failed file leaves no complete copy, and the previous copy stays', async () => {
    await saveCopy(SCOPE, list('one', [['', 'a', 100]]));
    await expect(
      saveCopy(
        SCOPE,
        list('two', [
          ['', 'a2', 100],
          ['missing/', 'm', 5],
        ]),
      ),
    ).rejects.toThrow('missing/ answered 404');
    expect((await savedCopies(SCOPE)).map((c) => c.list.build)).toEqual(['one']);
    expect(await memory.keys()).toEqual([copyCache('one')]);
  });

  it('the worker answers from complete copies only, its own build first', async () => {
    await saveCopy(SCOPE, list('one', [['', 'a', 100]]));
    // Another build's copy, saved beside it (as a page of a newer build does) and one half-written.
    await memory.open(copyCache('two')).then((c) => c.put(`${SCOPE}x`, new Response('x')));
    expect(await completeCopyNames(SCOPE, 'one')).toEqual([copyCache('one')]);
    const three = await memory.open(copyCache('three'));
    await three.put(`${SCOPE}offline/copy.json`, new Response('{}'));
    expect(await completeCopyNames(SCOPE, 'three')).toEqual([copyCache('three'), copyCache('one')]);
  });

  it('removing deletes every copy and nothing else', async () => {
    await saveCopy(SCOPE, list('one', [['', 'a', 100]]));
    await memory.open('atlas-offline-visited');
    await memory.open('another-sites-cache');
    await removeCopies();
    expect((await memory.keys()).sort()).toEqual(['another-sites-cache', 'atlas-offline-visited']);
  });
});
