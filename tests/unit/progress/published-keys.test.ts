import { describe, expect, it } from 'vitest';
import { compareKeys, formatVanished, updatePublished } from '../../../src/progress/published-keys';

const file = 'src/content/checklists/setup.md';
const published = {
  keys: [
    'checklists/setup/install-python',
    'checklists/setup/install-docker',
    'checklists/setup/old-item',
  ],
  retired: { 'checklists/setup/old-item': '2026-11-01' },
};

describe('published progress keys', () => {
  it('finds nothing when the content keeps every key', () => {
    const current = [
      { key: 'checklists/setup/install-python', text: 'Install Python', file },
      { key: 'checklists/setup/install-docker', text: 'Install Docker', file },
    ];
    expect(compareKeys(published, current)).toEqual({ vanished: [], added: [] });
  });
  it('names a reworded item, its file, its likely new key and both ways forward', () => {
    const current = [
      { key: 'checklists/setup/install-python-3-12', text: 'Install Python 3.12', file },
      { key: 'checklists/setup/install-docker', text: 'Install Docker', file },
    ];
    const result = compareKeys(published, current);
    expect(result.added).toEqual(['checklists/setup/install-python-3-12']);
    expect(result.vanished).toEqual([
      {
        key: 'checklists/setup/install-python',
        file,
        likely: { key: 'checklists/setup/install-python-3-12', text: 'Install Python 3.12' },
      },
    ]);
    const message = formatVanished(result.vanished);
    expect(message).toContain(`${file}: tickable item "checklists/setup/install-python" is gone`);
    expect(message).toContain('give that item `id: install-python`');
    expect(message).toContain('npm run progress-keys -- --retire checklists/setup/install-python');
  });
  it('accepts a reworded item that keeps its old key with an id', () => {
    const current = [
      { key: 'checklists/setup/install-python', text: 'Install Python 3.12', file },
      { key: 'checklists/setup/install-docker', text: 'Install Docker', file },
    ];
    expect(compareKeys(published, current).vanished).toEqual([]);
  });
  it('updates the list: appends and retires without reordering', () => {
    const next = updatePublished(
      published,
      ['checklists/setup/new', 'checklists/setup/install-docker'],
      ['checklists/setup/install-python'],
      '2026-12-01',
    );
    expect(next.keys).toEqual([...published.keys, 'checklists/setup/new']);
    expect(next.retired).toEqual({
      'checklists/setup/old-item': '2026-11-01',
      'checklists/setup/install-python': '2026-12-01',
    });
  });
});
