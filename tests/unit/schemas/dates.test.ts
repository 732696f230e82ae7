import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../src/schemas/common';

describe('calendarDate', () => {
  const schema = calendarDate();
  it('accepts a Date (YAML parses unquoted dates) and YYYY-MM-DD text, as midnight UTC', () => {
    expect(schema.parse(new Date('2025-08-19T00:00:00Z')).toISOString()).toBe(
      '2025-08-19T00:00:00.000Z',
    );
    expect(schema.parse('2025-08-19').toISOString()).toBe('2025-08-19T00:00:00.000Z');
  });
  it.each(['19 Aug 2025', '2025-8-19', '19/08/2025', '2025-02-30', '2025-08-32', 'soon', ''])(
    'rejects %j with the format it wants',
    (value) => {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toBe('must be a date written as YYYY-MM-DD');
    },
  );
});
