/**
 * Dates in the CMS form as Dutch authors write them, `dd-mm-jjjj` (01-06-2020), stored as the
 * frontmatter's `JJJJ-MM-DD`. Decap's own date widget is the browser's date input, which shows the
 * browser's format (mm/dd/yyyy in an English browser) and a "UTC" label; src/cms/admin.ts replaces
 * it with a text field that uses these two functions. Pure, for tests.
 */
import { isIsoDate } from '../schemas/shared.ts';

/** `2020-06-01` → `01-06-2020`; anything else as it is (a half-typed date stays visible). */
export function toDutchDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : value;
}

/**
 * What an author typed, as `JJJJ-MM-DD`: `1-6-2020`, `01-06-2020`, `01/06/2020`, `1.6.2020`, and
 * `2020-06-01` itself; undefined for anything else and for a day that does not exist (31-06-2020).
 */
export function fromDutchDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}
