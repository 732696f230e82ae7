import { describe, expect, it } from 'vitest';
import {
  countTicked,
  emptyStore,
  parseStore,
  setTicked,
  STORE_VERSION,
} from '../../../src/progress/store';
import {
  exportJson,
  exportMarkdown,
  importJson,
  mergeStores,
} from '../../../src/progress/transfer';

const t0 = new Date('2026-01-02T03:04:05Z');
const t1 = new Date('2026-02-03T04:05:06Z');

describe('parseStore', () => {
  it('starts empty when nothing is stored', () => {
    expect(parseStore(null)).toEqual({ store: emptyStore() });
  });
  it('reads a stored version-1 store', () => {
    const raw = JSON.stringify({
      version: 1,
      items: { 'projects/01-csv/log-counts': t0.toISOString() },
    });
    expect(parseStore(raw).store.items).toEqual({ 'projects/01-csv/log-counts': t0.toISOString() });
  });
  it('reports corrupt JSON and hands back the raw text to keep', () => {
    const result = parseStore('{"version":1, items: ');
    expect(result.problem).toMatch(/not valid JSON/);
    expect(result.problem && result.raw).toBe('{"version":1, items: ');
    expect(result.store).toEqual(emptyStore());
  });
  it('reports a store from another version', () => {
    expect(parseStore(JSON.stringify({ version: 0, ticked: ['a'] })).problem).toMatch(/version 0/);
    expect(parseStore(JSON.stringify(['x'])).problem).toMatch(/version none/);
  });
  it('reports malformed entries', () => {
    expect(parseStore(JSON.stringify({ version: 1, items: { 'not a key': 'x' } })).problem).toMatch(
      /unreadable/,
    );
  });
  it('keeps the readable ticks in use when some entries are unreadable, and hands back the raw text to back up', () => {
    const raw = JSON.stringify({
      version: 1,
      items: {
        'projects/01-csv/log-counts': t0.toISOString(),
        'not a key': 'x',
        'checklists/a/b': 42,
      },
    });
    const result = parseStore(raw);
    expect(result.store.items).toEqual({ 'projects/01-csv/log-counts': t0.toISOString() });
    expect(result.problem).toBe('2 of the saved ticks were unreadable (the other 1 are in use)');
    expect(result.problem && result.raw).toBe(raw);
  });
});

describe('ticking', () => {
  it('adds and removes keys and keeps the first tick time', () => {
    let store = setTicked(emptyStore(), 'weeks/p/week-1/a', true, t0);
    store = setTicked(store, 'weeks/p/week-1/a', true, t1);
    expect(store.items['weeks/p/week-1/a']).toBe(t0.toISOString());
    expect(countTicked(store, ['weeks/p/week-1/a', 'weeks/p/week-1/b'])).toBe(1);
    expect(setTicked(store, 'weeks/p/week-1/a', false).items).toEqual({});
  });
});

describe('export and import', () => {
  const store = setTicked(
    setTicked(emptyStore(), 'checklists/c/one', true, t0),
    'checklists/c/two',
    true,
    t1,
  );

  it('round-trips through the JSON export', () => {
    expect(importJson(exportJson(store, t1))).toEqual(store);
  });
  it('rejects files that are not exports, saying why', () => {
    expect(() => importJson('nope')).toThrow(/not JSON/);
    expect(() => importJson('{"items":{}}')).toThrow(/not a progress export/);
    expect(() =>
      importJson(
        JSON.stringify({ format: 'data-engineering-atlas/progress', version: 9, items: {} }),
      ),
    ).toThrow(/version 9/);
  });
  it('merges by union, keeping the earlier time', () => {
    const other = setTicked(
      setTicked(emptyStore(), 'checklists/c/two', true, t0),
      'checklists/c/three',
      true,
      t1,
    );
    const merged = mergeStores(store, other);
    expect(Object.keys(merged.items).sort()).toEqual([
      'checklists/c/one',
      'checklists/c/three',
      'checklists/c/two',
    ]);
    expect(merged.items['checklists/c/two']).toBe(t0.toISOString());
    expect(merged.version).toBe(STORE_VERSION);
  });
  it('writes a Markdown checklist with ticks, counts and items no longer on the site', () => {
    const withOrphan = setTicked(store, 'projects/gone/old-task', true, t0);
    const md = exportMarkdown(
      withOrphan,
      [
        {
          title: 'Checklist: C',
          url: 'https://example.org/checklists/c/',
          items: [
            { key: 'checklists/c/one', text: 'One' },
            { key: 'checklists/c/two', text: 'Two' },
            { key: 'checklists/c/three', text: 'Three' },
          ],
        },
        { title: 'Untouched', url: '/x/', items: [{ key: 'checklists/x/a', text: 'A' }] },
      ],
      t1,
    );
    expect(md).toBe(
      [
        '# Progress',
        '',
        'Exported 2026-02-03 from the Data Engineering Atlas.',
        '',
        '## [Checklist: C](https://example.org/checklists/c/) — 2 of 3',
        '',
        '- [x] One',
        '- [x] Two',
        '- [ ] Three',
        '',
        '## Ticked items no longer on the site',
        '',
        '- [x] `projects/gone/old-task`',
        '',
      ].join('\n'),
    );
  });
});
