/**
 * Validation stage: schemas per file, then integrity across files. Returns the domain entries
 * and every problem found (not only the first), each located at a file and line.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../schemas/index.ts';
import { schemas } from '../collections/index.ts';
import { checkIntegrity, missingReferences } from '../domain/integrity.ts';
import { keyOf, type AnyEntry, type FieldPath, type Problem } from '../domain/types.ts';
import { lineOf, type SourceFile } from './load.ts';
import { knownKeys } from './keys.ts';
import { suggest } from '../domain/nearest.ts';

/** zod's own Dutch messages for the issues our schemas do not word themselves. */
const dutch = z.locales.nl().localeError;

export interface ValidateOptions {
  peildatum: string;
  /** Extra per-entry text rules (redactions, privacy guard); run on bodies of valid entries. */
  textRules?: readonly TextRule[];
  /** Rules over all entries at once, the unreadable ones included (their readable fields): the vocabularies. */
  entriesRules?: readonly ((entries: readonly AnyEntry[]) => Problem[])[];
}

export type TextRule = (entry: AnyEntry, source: SourceFile, peildatum: string) => Problem[] | Promise<Problem[]>;

export interface ValidateResult {
  entries: AnyEntry[];
  problems: Problem[];
}

export async function validate(files: readonly SourceFile[], options: ValidateOptions): Promise<ValidateResult> {
  const entries: AnyEntry[] = [];
  const problems: Problem[] = [];
  /** By file path: integrity problems name the file, and duplicate ids share a key. */
  const sources = new Map<string, SourceFile>();
  /**
   * Entries whose frontmatter the schema refuses: not entries of the site, but everything that
   * can still be read from them is checked in the same run (references, text), so that problems
   * do not come in rounds.
   */
  const unreadable: AnyEntry[] = [];

  for (const source of files) {
    let valid = true;
    if (!ID_PATTERN.test(source.id)) {
      const suggested = suggestedId(source.id);
      problems.push({
        file: source.file,
        line: 1,
        message: `de bestandsnaam "${source.id}${source.ext}" is geen geldige id: gebruik kleine letters, cijfers en koppeltekens${suggested ? `; hernoem het bestand naar ${suggested}${source.ext}` : ''}`,
      });
      valid = false;
    }
    const schema = schemas[source.collection];
    // Parsed once by src/load/source.ts (aliases limited, a map guaranteed).
    const raw = source.data;
    const result = schema.safeParse(raw, { error: dutch });
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, source, schema));
      valid = false;
    }
    const entry = { collection: source.collection, id: source.id, data: result.success ? result.data : raw, body: source.body, file: source.file } as AnyEntry;
    sources.set(source.file, source);
    if (valid) entries.push(entry);
    else unreadable.push(entry);
  }

  const unreadableKeys = new Set(unreadable.map(keyOf));
  for (const p of checkIntegrity(entries, { peildatum: options.peildatum, alsoExisting: unreadableKeys })) {
    problems.push(locate(p, sources.get(p.file)));
  }
  // References of the unreadable entries: read as far as they can be (a field of the wrong
  // type is skipped; the schema's problem above names it).
  const known = new Set([...entries.map(keyOf), ...unreadableKeys]);
  for (const entry of unreadable) {
    for (const p of missingReferences(entry, known, [...entries, ...unreadable])) problems.push(locate(p, sources.get(entry.file!)));
  }

  for (const rule of options.entriesRules ?? []) for (const p of rule([...entries, ...unreadable])) problems.push(locate(p, sources.get(p.file)));

  for (const entry of [...entries, ...unreadable]) {
    const source = sources.get(entry.file!)!;
    for (const rule of options.textRules ?? []) for (const p of await rule(entry, source, options.peildatum)) problems.push(locate(p, source));
  }
  return { entries, problems };
}

/** A valid id for a file name: lower case, accents dropped, anything else a hyphen. */
export function suggestedId(name: string): string | undefined {
  const id = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id && ID_PATTERN.test(id) ? id : undefined;
}

/** Give a problem its line in the file: body lines are relative to the body, fields map into YAML. */
function locate(problem: Problem, source: SourceFile | undefined): Problem {
  if (!source || problem.line !== undefined) return problem;
  const at = problem.at;
  if (!at) return { ...problem, line: 1 };
  return { ...problem, line: 'bodyLine' in at ? source.bodyStartLine + at.bodyLine - 1 : lineOf(source, at.field) };
}

function issuesToProblems(issues: readonly z.core.$ZodIssue[], source: SourceFile, schema: z.ZodType): Problem[] {
  const out: Problem[] = [];
  const keys = knownKeys(schema);
  for (const issue of issues) {
    const fieldPath = issue.path as FieldPath;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const full = [...fieldPath, key];
        const hint = suggest(key, keys);
        out.push({
          file: source.file,
          line: lineOf(source, full),
          at: { field: full },
          message: `onbekend veld "${key}"${hint ? `; bedoelde je "${hint}"?` : ''} (velden met een tikfout worden niet stilzwijgend genegeerd)`,
        });
      }
      continue;
    }
    const value = source.frontmatter.getIn(fieldPath);
    const missing = value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union');
    const key = fieldPath[fieldPath.length - 1];
    let message = issue.message;
    if (missing) {
      message = fieldPath.length === 1 ? `verplicht veld ontbreekt; voeg "${String(key)}: …" toe boven de afsluitende ---` : 'verplicht veld ontbreekt';
    } else if (issue.code === 'invalid_type' && issue.expected === 'array' && (typeof value === 'string' || typeof value === 'number')) {
      message = `${issue.message}; schrijf een lijst: ${String(key)}: [${String(value)}] (meer waarden met komma's: [a, b])`;
    }
    out.push({
      file: source.file,
      // A missing top-level field has no line of its own: point at the end of the frontmatter, where it goes.
      line: missing && fieldPath.length === 1 ? source.closingLine : lineOf(source, fieldPath),
      ...(fieldPath.length ? { at: { field: fieldPath } } : {}),
      message,
    });
  }
  return out;
}
