import { describe, expect, it } from 'vitest';
import { webUrl } from '../../../src/schemas/common';
import { resourceSchema } from '../../../src/schemas/resources';
import { fakeReference, issues } from './fake-reference';

describe('webUrl', () => {
  const url = webUrl('url');
  const message = 'url must be an absolute https:// or http:// URL, e.g. https://example.org/';

  it.each(['https://example.org/', 'http://example.org/a?b=c#d', 'HTTPS://Example.org/path'])(
    'accepts %j',
    (value) => {
      expect(url.parse(value)).toBe(value);
    },
  );

  it.each([
    ['javascript:alert(1)', 'a script URL'],
    ['JavaScript:alert(1)', 'a script URL in mixed case'],
    ['vbscript:msgbox(1)', 'a VBScript URL'],
    ['data:text/html,<script>alert(1)</script>', 'a data URL'],
    ['java\tscript:alert(1)', 'a tab inside the scheme'],
    ['java\nscript:alert(1)', 'a newline inside the scheme'],
    [' https://example.org/', 'a leading space'],
    ['https://example.org/\u0000', 'a control character'],
    ['\u0001javascript:alert(1)', 'a leading control character'],
    ['docs/index.md', 'a relative path'],
    ['/topics/dbt/', 'a root-relative path'],
    ['//example.org/', 'a protocol-relative URL'],
    ['https:example.org', 'a scheme without //'],
    ['ftp://example.org/', 'another scheme'],
    ['mailto:someone@example.org', 'mailto where it is not allowed'],
    ['', 'an empty text'],
  ])('rejects %j (%s), naming the field', (value) => {
    const result = url.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(message);
  });

  it('rejects what is not text, naming the field', () => {
    expect(url.safeParse(42).error?.issues[0].message).toBe(message);
  });

  it('accepts mailto: only where the field allows it, and only with an address', () => {
    const contact = webUrl('contact', { mailto: true });
    expect(contact.parse('mailto:someone@example.org')).toBe('mailto:someone@example.org');
    expect(contact.safeParse('mailto:').error?.issues[0].message).toBe(
      'contact must be an absolute https:// or http:// or mailto: URL, e.g. https://example.org/',
    );
    expect(contact.safeParse('javascript:alert(1)').success).toBe(false);
  });
});

describe('URL fields of the schemas', () => {
  it('a resource url refuses a script URL, at the url field', () => {
    const resource = resourceSchema(fakeReference);
    const valid = { title: 'DDIA', kind: 'book', sources: ['senior-resources'] };
    expect(issues(resource.safeParse({ ...valid, url: 'javascript:alert(1)' }))[0].path).toBe(
      'url',
    );
    expect(resource.parse({ ...valid, url: 'https://dataintensive.net/' }).url).toBe(
      'https://dataintensive.net/',
    );
  });
});
