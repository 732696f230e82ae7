import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureSite, type SiteCopy } from '../support/site-copy';

const FILE = 'src/content/checklists/study-plan-environment-setup.md';

/**
 * Rewording a tickable item changes its key; the build says so before readers lose their ticks.
 * The site is the project built over a small content folder (tests/fixtures/small-site), whose
 * published keys (its progress-keys.json) match its items.
 */
describe('edits that would orphan ticks', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = fixtureSite('small-site');
  });
  beforeEach(() => site.reset());
  afterAll(() => site?.remove());

  const edit = (change: (text: string) => string) => {
    const path = join(site.dir, FILE);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };

  it('a reworded item without an id fails the build, naming the file, the old key, the new one and both fixes', async () => {
    edit((text) =>
      text.replace('  - IAM least-privilege user\n', '  - IAM least-privilege user with MFA\n'),
    );
    const { code, output } = await site.exec('astro', ['build']);
    expect(code).not.toBe(0);
    expect(output).toContain(
      `${FILE}: tickable item "checklists/study-plan-environment-setup/iam-least-privilege-user" is gone`,
    );
    expect(output).toContain(
      'It looks like it became "iam-least-privilege-user-with-mfa" ("IAM least-privilege user with MFA")',
    );
    expect(output).toContain('give that item `id: iam-least-privilege-user`');
    expect(output).toContain(
      'npm run progress-keys -- --retire checklists/study-plan-environment-setup/iam-least-privilege-user',
    );
  }, 300_000);

  it('the same rewording with `id: <old key>` keeps the key and builds', async () => {
    edit((text) =>
      text.replace(
        '  - IAM least-privilege user\n',
        '  - id: iam-least-privilege-user\n    text: IAM least-privilege user with MFA\n',
      ),
    );
    const { code, output } = await site.exec('astro', ['build']);
    expect(code, output.slice(-3000)).toBe(0);
    const catalog = JSON.parse(
      readFileSync(join(site.dir, 'dist/progress/catalog.json'), 'utf8'),
    ) as { lists: Array<{ items: Array<{ key: string; text: string }> }> };
    const item = catalog.lists
      .flatMap((l) => l.items)
      .find((i) => i.key === 'checklists/study-plan-environment-setup/iam-least-privilege-user');
    expect(item?.text).toBe('IAM least-privilege user with MFA');
  }, 300_000);

  it('a removal is confirmed with npm run progress-keys -- --retire, which keeps the key in place', async () => {
    const key = 'checklists/study-plan-environment-setup/iam-least-privilege-user';
    const before = JSON.parse(
      readFileSync(join(site.dir, 'src/content/progress-keys.json'), 'utf8'),
    ) as { keys: string[] };
    const retired = await site.node('scripts/progress-keys.ts', ['--retire', key]);
    expect(retired.output).toContain('Retired 1 key(s).');
    const after = JSON.parse(
      readFileSync(join(site.dir, 'src/content/progress-keys.json'), 'utf8'),
    ) as { keys: string[]; retired: Record<string, string> };
    // Positions never move, so links made before still mean the same items.
    expect(after.keys).toEqual(before.keys);
    expect(after.retired[key]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const unknown = await site.node('scripts/progress-keys.ts', [
      '--retire',
      'checklists/no/such-key',
    ]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.output).toContain(
      'Not in the published list, so nothing to retire: checklists/no/such-key',
    );
  });
});
