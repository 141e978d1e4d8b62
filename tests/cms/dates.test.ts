/** Dates in the CMS form as dd-mm-jjjj, stored as JJJJ-MM-DD (src/cms/dates.ts). */
import { describe, expect, it } from 'vitest';
import { fromDutchDate, toDutchDate } from '../../src/cms/dates.ts';
import { generateCmsConfig } from '../../src/cms/config.ts';

describe('Dutch dates in the CMS', () => {
  it('shows a stored date as dd-mm-jjjj and reads what an author types', () => {
    expect(toDutchDate('2020-06-01')).toBe('01-06-2020');
    expect(toDutchDate(undefined)).toBe('');
    for (const typed of ['01-06-2020', '1-6-2020', '01/06/2020', '1.6.2020', '2020-06-01', ' 01-06-2020 ']) expect(fromDutchDate(typed), typed).toBe('2020-06-01');
    for (const typed of ['31-06-2020', '06/01/20', '2020-6-1', 'juni 2020', '']) expect(fromDutchDate(typed), typed).toBeUndefined();
  });

  it('configures every date field without "UTC", stored JJJJ-MM-DD, with the Dutch form in its message', () => {
    const field = generateCmsConfig().collections.find((c) => c.name === 'vragen')!.fields.find((f) => f.name === 'laatstGecontroleerd')!;
    expect(field).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD-MM-YYYY', time_format: false, picker_utc: false });
    expect(field.pattern?.[1]).toBe('schrijf de datum als dd-mm-jjjj, zoals 01-06-2020');
    expect(new RegExp(field.pattern![0]).test('2020-06-01')).toBe(true);
    expect(new RegExp(field.pattern![0]).test('1-6-20')).toBe(false);
  });
});
