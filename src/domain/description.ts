/**
 * The description of an entry for `<meta name="description">` and lists: its `samenvatting`, or
 * else the opening of its text (whole sentences up to about 160 characters, the length search
 * engines show), read from the Markdown tree so that no syntax leaks into it.
 */
import { entryBodyOptions, sentences } from './body.ts';
import type { AnyEntry } from './types.ts';

export const DESCRIPTION_LENGTH = 160;

/** Shorter than this, a description says nothing on its own in a search result. */
const MIN_DESCRIPTION_LENGTH = 50;

export function entryDescription(entry: AnyEntry): string | undefined {
  if (entry.data.samenvatting) return entry.data.samenvatting;
  const all = sentences(entry.body, entryBodyOptions(entry));
  let out = '';
  for (const sentence of all) {
    const next = out ? `${out} ${sentence}` : sentence;
    // A short first sentence ("Ja.") is no description on its own: take the next one too, cut below.
    if (next.length > DESCRIPTION_LENGTH && out.length >= MIN_DESCRIPTION_LENGTH) break;
    out = next;
    if (out.length >= DESCRIPTION_LENGTH / 2) break;
  }
  if (!out) return undefined;
  if (out.length <= DESCRIPTION_LENGTH) return out;
  const cut = out.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
