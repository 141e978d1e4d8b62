/**
 * `npm run importeer`: a letter, minutes or route map from Word (.docx) or from
 * officielebekendmakingen.nl (.html/.xml) → draft entries in content/. The steps:
 *
 *   detect (refuse what is not what it claims) → convert (mdast) → plan (letter, minutes or
 *   route map: the files to write, ids from titles, repeated imports recognised) → check (the
 *   planned files in a temporary copy of the content folder, through `runCheck` with all rules;
 *   anything new the check reports refuses the import) → write (all files, or none) → report.
 *
 * Everything imported is internal and `concept`; nothing is published by an import.
 */
import { cp, mkdtemp, readFile, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCheck, formatProblem } from '../check/index.ts';
import { findKamerstukCitations } from '../markdown/remark-kamerstukken/lib/index.ts';
import { findRedactions } from '../domain/redactions.ts';
import { kamerstukUrl } from '../domain/kamerstuk.ts';
import { DEFAULT_LIMITS, ImportRefused, detectFormat, type Limits } from './detect.ts';
import { convert } from './convert.ts';
import { textOf } from './letterhead.ts';
import { loadContext, type ImportContext, type PlannedEntry } from './context.ts';
import { planLetter } from './letter.ts';
import { planMinutes } from './minutes.ts';
import { planRouteMap } from './routemap.ts';
import { emptyRecognised, type Attention, type ImportKind, type ImportReport } from './report.ts';

export { ImportRefused } from './detect.ts';
export { formatImportReport, type ImportReport } from './report.ts';

export interface ImportOptions {
  /** The file to import. */
  file: string;
  /** Its bytes, when already read (the file is read otherwise). */
  bytes?: Uint8Array;
  /** What the document is; guessed from its text when left out. */
  kind?: ImportKind;
  contentDir: string;
  /** The day of the import: versiedatum and change notes of new versions. */
  today: string;
  /** The reference date for the check. */
  peildatum: string;
  /** Minutes: the route map (id) and phase (id, `fase-N` or title) to add the actions to. */
  routekaart?: string;
  fase?: string;
  /** Target groups for a new route map. */
  doelgroepen?: string[];
  /** The date to use when the document states none. */
  date?: string;
  /** Plan and check, but write nothing. */
  dryRun?: boolean;
  limits?: Limits;
}

/** Guess the kind from the text: "(actie …)" and "Aanwezig" make minutes, a "Geachte" a letter, tables with "Eigenaar" a route map. */
export function guessKind(text: string): ImportKind {
  if (/\bvergaderdatum\b|\baanwezig\b/i.test(text) && /\(actie\s/i.test(text)) return 'verslag';
  if (/\bgeachte\b/i.test(text) || /\bkenmerk\b/i.test(text)) return 'brief';
  if (/\broutekaart\b/i.test(text) && /\beigenaar\b/i.test(text)) return 'routekaart';
  if (/\bverslag\b/i.test(text)) return 'verslag';
  return 'brief';
}

export async function importDocument(options: ImportOptions): Promise<ImportReport> {
  const fileName = path.basename(options.file);
  if (options.fase && !options.routekaart) throw new ImportRefused(`--fase ${options.fase} zonder --routekaart: noem ook de routekaart waar de fase in staat.`);
  const bytes = options.bytes ?? (await readFile(options.file));
  const format = await detectFormat(bytes, options.file, options.limits ?? DEFAULT_LIMITS);
  const doc = await convert(bytes, format);
  const allText = doc.tree.children.map(textOf).join('\n');
  const kind = options.kind ?? guessKind(allText);
  const context = await loadContext(options.contentDir, options.today, options.peildatum);
  const recognised = emptyRecognised();
  const attention: Attention[] = doc.skipped.map((message) => ({ kind: 'overgeslagen', message }));

  const { planned, fullText } =
    kind === 'brief'
      ? await planLetter(doc, context, { fileName, ...(options.date ? { date: options.date } : {}) }, recognised, attention)
      : kind === 'verslag'
        ? await planMinutes(
            doc,
            context,
            { fileName, ...(options.routekaart ? { routekaart: options.routekaart } : {}), ...(options.fase ? { fase: options.fase } : {}), ...(options.doelgroepen ? { doelgroepen: options.doelgroepen } : {}), ...(options.date ? { date: options.date } : {}) },
            recognised,
            attention,
          )
        : await planRouteMap(doc, context, { fileName, ...(options.routekaart ? { routekaart: options.routekaart } : {}), ...(options.doelgroepen ? { doelgroepen: options.doelgroepen } : {}) }, recognised, attention);

  // Citations and redactions in the imported text.
  const citations = findKamerstukCitations(fullText);
  recognised.citations = citations.map((c) => ({ text: c.raw, url: kamerstukUrl({ dossier: c.dossier, suffix: c.suffix, nummer: c.nummer }) }));
  for (const near of nearCitations(fullText, citations)) attention.push({ kind: 'citaat', message: `"${near}" lijkt een verwijzing naar een Kamerstuk, maar mist een onderdeel (zoals "nr. …") en wordt niet gelinkt; vul hem zo nodig aan.` });
  recognised.redactions = findRedactions(fullText).map((r) => r.raw);

  const toWrite = planned.filter((p) => p.action === 'nieuw' || p.action === 'nieuwe versie');
  await verify(context, toWrite, fileName);
  const items = planned.map((p) => ({ collection: p.collection, id: p.id, path: `${p.collection}/${p.id}${p.ext}`, title: p.title, action: p.action, ...(p.note ? { note: p.note } : {}) }));
  if (!options.dryRun && toWrite.length > 0) await writeAll(context, toWrite);
  return { file: fileName, kind, format, written: !options.dryRun && toWrite.length > 0, items, recognised, attention };
}

/** "TK 2015-2016, 34 200 - XVI" without a number: written like a citation, but not one the plugin can link. */
function nearCitations(text: string, found: readonly { start: number; end: number }[]): string[] {
  const near: string[] = [];
  const pattern = /(?<![\p{L}\p{N}])(?:TK|EK|Kamerstuk(?:ken)?(?: I{1,2})?|Kst\.?)\s+(?:\d{4}\s?[-–/]\s?\d{2,4},?\s*)?\d{2}\s?\d{3}[^\n;)\]]{0,16}/gu;
  for (const match of text.matchAll(pattern)) {
    if (found.some((c) => match.index < c.end && match.index + match[0].length > c.start)) continue;
    near.push(match[0].trim());
  }
  return near;
}

/**
 * Runs the checker with all rules over a copy of the content folder with the planned files in
 * it. Problems the content had before are not the import's; any other problem refuses the import.
 */
async function verify(context: ImportContext, toWrite: readonly PlannedEntry[], fileName: string): Promise<void> {
  if (toWrite.length === 0) return;
  const scratch = await mkdtemp(path.join(tmpdir(), 'wegwijs-import-'));
  try {
    const copy = path.join(scratch, 'content');
    await cp(context.contentDir, copy, { recursive: true });
    for (const entry of toWrite) {
      await mkdir(path.join(copy, entry.collection), { recursive: true });
      await writeFile(path.join(copy, entry.collection, `${entry.id}${entry.ext}`), entry.text);
    }
    const result = await runCheck({ contentDir: copy, peildatum: context.peildatum });
    const relative = (file: string) => path.relative(copy, path.resolve(file));
    const before = new Set(context.baseline.map((p) => formatProblem({ ...p, file: path.relative(context.contentDir, path.resolve(p.file)) })));
    const fresh = result.problems.map((p) => ({ ...p, file: relative(p.file) })).filter((p) => !before.has(formatProblem(p)));
    if (fresh.length > 0) {
      throw new ImportRefused(
        `${fileName}: de import zou inhoud opleveren die de controle afkeurt; er is niets geschreven.\n${fresh.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
      );
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Writes every file to a temporary name next to its target, then renames them all: all or nothing. */
async function writeAll(context: ImportContext, toWrite: readonly PlannedEntry[]): Promise<void> {
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const entry of toWrite) {
      const dir = path.join(context.contentDir, entry.collection);
      await mkdir(dir, { recursive: true });
      const target = path.join(dir, `${entry.id}${entry.ext}`);
      // A leading "." keeps the staged file out of the content loader if anything stops here.
      const temp = path.join(dir, `.import-${process.pid}-${entry.id}${entry.ext}`);
      await writeFile(temp, entry.text, { flag: 'wx' });
      staged.push({ temp, target });
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true })));
    throw error;
  }
  for (const { temp, target } of staged) await rename(temp, target);
}
