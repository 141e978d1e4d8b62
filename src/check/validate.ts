/**
 * Validation stage: schemas per file, then integrity across files. Returns the domain entries
 * and every problem found (not only the first), each located at a file and line.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../schemas/index.ts';
import { schemas } from '../collections/index.ts';
import { checkIntegrity } from '../domain/integrity.ts';
import type { AnyEntry, FieldPath, Problem } from '../domain/types.ts';
import { lineOf, type SourceFile } from './load.ts';
import { knownKeys } from './keys.ts';
import { suggest } from '../domain/nearest.ts';

/** zod's own Dutch messages for the issues our schemas do not word themselves. */
const dutch = z.locales.nl().localeError;

export interface ValidateOptions {
  peildatum: string;
  /** Extra per-entry text rules (redactions, privacy guard); run on bodies of valid entries. */
  textRules?: readonly TextRule[];
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

  for (const source of files) {
    if (!ID_PATTERN.test(source.id)) {
      problems.push({ file: source.file, line: 1, message: `de bestandsnaam "${source.id}${source.ext}" is geen geldige id: gebruik kleine letters, cijfers en koppeltekens` });
      continue;
    }
    const schema = schemas[source.collection];
    // Parsed once by src/load/source.ts (aliases limited, a map guaranteed).
    const raw = source.data;
    const result = schema.safeParse(raw, { error: dutch });
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, source, schema));
      continue;
    }
    const entry = { collection: source.collection, id: source.id, data: result.data, body: source.body, file: source.file } as AnyEntry;
    entries.push(entry);
    sources.set(source.file, source);
  }

  for (const p of checkIntegrity(entries, { peildatum: options.peildatum })) {
    problems.push(locate(p, sources.get(p.file)));
  }

  for (const entry of entries) {
    const source = sources.get(entry.file!)!;
    for (const rule of options.textRules ?? []) for (const p of await rule(entry, source, options.peildatum)) problems.push(locate(p, source));
  }
  return { entries, problems };
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
    out.push({
      file: source.file,
      line: lineOf(source, fieldPath),
      ...(fieldPath.length ? { at: { field: fieldPath } } : {}),
      message: missing ? 'verplicht veld ontbreekt' : issue.message,
    });
  }
  return out;
}
