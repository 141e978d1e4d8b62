/**
 * Finds which of many needles (tens of thousands: ids, titles and sentences of every entry that
 * is not public) occur in a text, for the leak scan. Rabin–Karp on a fixed window: every needle
 * is filed under the hash of one WINDOW-character stretch of it; the text is read once with a
 * rolling hash, and only where a window's hash is filed is a needle compared in full. Which
 * stretch: the one least common among all needles' stretches. Filing every needle under its
 * first characters put all ids (`/vragen/…`) and every title starting "Mag ik …" under one hash,
 * and each such link in a page was compared with thousands of needles (150 s at 30,000 entries).
 *
 * Why not a library: modern-ahocorasick (used here before) took 4.9 s to search the 54 MB of
 * normalised text of a 10,000-entry public edition with 50,000 needles, its double-array variant
 * 10.7 s; a first version of this one 0.3 s, with the same matches (this 2-core machine), and
 * every needle here is at least WINDOW characters long, which is what makes the window work.
 * Shorter needles are compared by `indexOf`. tests/verify/matcher.test.ts checks the result
 * against plain `indexOf` for every needle on random and real texts.
 */

/** Characters hashed per window; needles shorter than this are searched with indexOf. */
export const WINDOW = 8;

const TABLE_BITS = 22;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const BASE = 0x01000193; // FNV prime, a good multiplier for 32-bit polynomial hashes

export interface Match {
  /** Index of the needle in the list given to the matcher. */
  needle: number;
  start: number;
  end: number;
}

/** BASE^(WINDOW-1) mod 2^32, to remove the character leaving the window. */
const OUT = (() => {
  let p = 1;
  for (let i = 0; i < WINDOW - 1; i++) p = Math.imul(p, BASE);
  return p;
})();

function windowHash(text: string, start: number): number {
  let h = 0;
  for (let i = start; i < start + WINDOW; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

export class NeedleMatcher {
  readonly #needles: readonly string[];
  /** Hash → needles filed under it, as pairs: needle index, offset of the filed window in it. */
  readonly #byHash = new Map<number, number[]>();
  /** One bit per table slot: whether any needle's window hash falls there (a cheap first test). */
  readonly #present = new Uint32Array((TABLE_MASK + 1) >>> 5);
  readonly #short: number[] = [];

  constructor(needles: readonly string[]) {
    this.#needles = needles;
    // How often each window occurs across all needles: a window many needles share ("de gemeen",
    // "/vragen/") is common in pages too, and a needle filed under it is compared at every one.
    const common = new Uint32Array(TABLE_MASK + 1);
    const eachWindow = (needle: string, visit: (offset: number, hash: number) => void) => {
      let h = windowHash(needle, 0);
      visit(0, h);
      for (let offset = 1; offset + WINDOW <= needle.length; offset++) {
        h = (Math.imul(h - Math.imul(needle.charCodeAt(offset - 1), OUT), BASE) + needle.charCodeAt(offset + WINDOW - 1)) | 0;
        visit(offset, h);
      }
    };
    for (const needle of needles) if (needle.length >= WINDOW) eachWindow(needle, (_, h) => common[h & TABLE_MASK]!++);
    needles.forEach((needle, i) => {
      if (needle.length < WINDOW) {
        if (needle.length > 0) this.#short.push(i);
        return;
      }
      // File the needle under its rarest window (the first of equals).
      let best = 0;
      let bestHash = 0;
      let bestCount = Infinity;
      eachWindow(needle, (offset, h) => {
        const count = common[h & TABLE_MASK]!;
        if (count < bestCount) {
          best = offset;
          bestHash = h;
          bestCount = count;
        }
      });
      const list = this.#byHash.get(bestHash);
      if (list) list.push(i, best);
      else this.#byHash.set(bestHash, [i, best]);
      const slot = bestHash & TABLE_MASK;
      this.#present[slot >>> 5]! |= 1 << (slot & 31);
    });
  }

  /** Every occurrence of every needle in `text` (overlapping ones included), in text order per kind. */
  search(text: string): Match[] {
    const out: Match[] = [];
    const needles = this.#needles;
    if (text.length >= WINDOW && this.#byHash.size > 0) {
      const present = this.#present;
      let h = windowHash(text, 0);
      for (let start = 0; ; start++) {
        const slot = h & TABLE_MASK;
        if (present[slot >>> 5]! & (1 << (slot & 31))) {
          const list = this.#byHash.get(h);
          if (list) {
            for (let k = 0; k < list.length; k += 2) {
              const i = list[k]!;
              const at = start - list[k + 1]!;
              if (at >= 0 && text.startsWith(needles[i]!, at)) out.push({ needle: i, start: at, end: at + needles[i]!.length });
            }
          }
        }
        const next = start + WINDOW;
        if (next >= text.length) break;
        h = (Math.imul(h - Math.imul(text.charCodeAt(start), OUT), BASE) + text.charCodeAt(next)) | 0;
      }
    }
    for (const i of this.#short) {
      const needle = needles[i]!;
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) out.push({ needle: i, start: at, end: at + needle.length });
    }
    return out;
  }
}
