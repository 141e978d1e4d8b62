/**
 * Leak scan of the public edition: reads every file under dist/publiek (HTML, JS, JSON, XML,
 * text, Pagefind's gzip-compressed index, filter, meta and fragment files and the precompressed
 * `.gz` and `.br` copies of every text file, decompressed)
 * and fails on any id, title or distinctive body text of an entry that is not published.
 *
 * A needle is ignored when the same text is part of a published entry's own source (then it is
 * public text, not a leak), and titles shorter than two words are not distinctive enough to scan
 * for. Matching reads each file once for all needles (src/verify/matcher.ts, Rabin–Karp), so it
 * stays cheap at tens of thousands of entries.
 *
 * A scan may reuse an earlier one (`previous`, `CleanFiles`): a file whose bytes are identical to
 * a file that scan found clean is not matched again, provided the needles and the scanning code
 * are exactly the same (`version`); when either changed, every file is scanned. The result is the
 * same as a full scan's: the same bytes and the same needles give the same matches.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
import { NeedleMatcher } from './matcher.ts';
import { entryBodyOptions, sentences } from '../domain/body.ts';
import { whyNotPublic } from '../domain/editions.ts';
import { keyOf, type AnyEntry, type EntryKey } from '../domain/types.ts';

export interface Needle {
  text: string;
  entry: EntryKey;
  kind: 'id' | 'titel' | 'tekst';
}

export interface Leak {
  file: string;
  needle: Needle;
  context: string;
}

/** Lower case, HTML entities decoded, quotes and whitespace folded: so escaping cannot hide text. */
export function normalise(text: string): string {
  return decodeHTML(text)
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Distinctive sentences of a body, read with the Markdown parser: long enough to be telling. */
function distinctiveSentences(entry: AnyEntry): string[] {
  return sentences(entry.body, entryBodyOptions(entry)).filter((s) => s.split(' ').length >= 8 && s.length >= 50);
}

function sourceText(entry: AnyEntry): string {
  return normalise(`${JSON.stringify(entry.data)}\n${entry.body}`);
}

export function leakNeedles(all: readonly AnyEntry[], peildatum: string, perEntry = 4): Needle[] {
  const hidden = all.filter((e) => whyNotPublic(e, peildatum) !== undefined);
  const published = all.filter((e) => whyNotPublic(e, peildatum) === undefined);
  const candidates: Needle[] = [];
  for (const entry of hidden) {
    const key = keyOf(entry);
    candidates.push({ text: `/${key}/`, entry: key, kind: 'id' });
    const title = entry.data.titel.trim();
    if (title.split(/\s+/).length >= 2 && title.length >= 12) candidates.push({ text: title, entry: key, kind: 'titel' });
    const body = distinctiveSentences(entry);
    const picks = body.length <= perEntry ? body : Array.from({ length: perEntry }, (_, i) => body[Math.floor((i * body.length) / perEntry)]!);
    for (const s of picks) candidates.push({ text: s, entry: key, kind: 'tekst' });
  }
  const normalised = candidates.map((n) => ({ ...n, text: normalise(n.text) }));
  if (normalised.length === 0) return [];
  // Drop needles that published entries contain themselves (public text by the author's choice).
  const matcher = new NeedleMatcher(normalised.map((n) => n.text));
  const publicHits = new Set<number>();
  for (const entry of published) for (const m of matcher.search(sourceText(entry))) publicHits.add(m.needle);
  return normalised.filter((n, i) => n.kind === 'id' || !publicHits.has(i));
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const d of await readdir(dir, { withFileTypes: true, recursive: true })) if (d.isFile()) yield path.join(d.parentPath, d.name);
}

/** The text of a published file; gzip files (Pagefind) are decompressed, binary bytes kept as latin1-safe text. */
export function fileText(bytes: Buffer): string {
  let data = bytes;
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data);
    } catch {
      /* not gzip after all */
    }
  }
  return data.toString('utf8');
}

function brotliOrRaw(bytes: Buffer): Buffer {
  try {
    return brotliDecompressSync(bytes);
  } catch {
    return bytes;
  }
}

const BLOCK_TAGS = /<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|table|thead|tbody|tr|td|th|caption|section|article|aside|nav|header|footer|main|blockquote|pre|figure|figcaption|details|summary|br|hr)\b[^>]*>/gi;

/**
 * The visible text of markup: block tags become a space, inline tags (emphasis, links, marks)
 * vanish, so that a sentence with a link or emphasis in it reads as the sentence the author wrote.
 */
export function markupText(text: string): string {
  return text.replace(BLOCK_TAGS, ' ').replace(/<[^>]*>/g, '');
}

const MARKUP = /\.(?:html?|xml|svg)$/i;

/** Files an earlier scan found clean, by content digest (and whether read as markup), valid for one `version`. */
export interface CleanFiles {
  /** Digest of the scanning code and of every needle's text. */
  version: string;
  clean: string[];
}

/** The scanning code: this module and the matcher. A change to either and no earlier result is reused. */
const CODE = [new URL(import.meta.url), new URL('./matcher.ts', import.meta.url)].map((u) => readFileSync(u)).join('\n');

/** What a scan's result depends on besides the bytes of a file: the code and the needles' texts. */
export function scanVersion(needles: readonly Needle[]): string {
  const hash = createHash('sha1').update(CODE);
  for (const n of needles) hash.update(`\n${n.text}`);
  return hash.digest('base64url');
}

export interface LeakScan {
  leaks: Leak[];
  files: number;
  bytes: number;
  /** Files not matched again: byte-identical to a file the previous scan (same version) found clean. */
  reused: number;
  /** For the next scan. */
  clean: CleanFiles;
}

export async function scanForLeaks(dir: string, needles: readonly Needle[], previous?: CleanFiles): Promise<LeakScan> {
  const leaks: Leak[] = [];
  let count = 0;
  let bytes = 0;
  let reused = 0;
  const version = scanVersion(needles);
  const before = new Set(previous?.version === version ? previous.clean : []);
  const clean = new Set<string>();
  const matcher = needles.length > 0 ? new NeedleMatcher(needles.map((n) => n.text)) : undefined;
  for await (const file of files(dir)) {
    const raw = await readFile(file);
    count++;
    bytes += raw.length;
    if (!matcher) continue;
    const digest = `${createHash('sha1').update(raw).digest('base64url')}${MARKUP.test(file) ? ':m' : ':t'}`;
    if (before.has(digest)) {
      reused++;
      clean.add(digest);
      continue;
    }
    const found = leaks.length;
    // Brotli has no magic number: a precompressed `.br` copy (src/pipeline/compress.ts) is known by its name.
    const decoded = fileText(file.endsWith('.br') ? brotliOrRaw(raw) : raw);
    // Markup is read twice: as written (attributes, scripts, JSON) and as its visible text.
    const texts = [normalise(decoded), ...(MARKUP.test(file) ? [normalise(markupText(decoded))] : [])];
    const seen = new Set<number>();
    for (const text of texts) {
      for (const m of matcher.search(text)) {
        if (seen.has(m.needle)) continue;
        seen.add(m.needle);
        leaks.push({ file: path.relative(dir, file), needle: needles[m.needle]!, context: text.slice(Math.max(0, m.start - 40), m.end + 40) });
      }
    }
    if (leaks.length === found) clean.add(digest);
  }
  return { leaks, files: count, bytes, reused, clean: { version, clean: [...clean].sort() } };
}

export function formatLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map((l) => `LEK in ${l.file}: ${l.needle.kind} van niet-publiek item ${l.needle.entry}: "${l.needle.text.slice(0, 80)}" … ${l.context.replace(/\s+/g, ' ')}`)
    .join('\n');
}
