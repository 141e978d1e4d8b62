/**
 * Validation stage: schemas per file, then integrity across files. Returns the domain entries
 * and every problem found (not only the first), each located at a file and line.
 */
import type { z } from 'astro/zod';
import { ID_PATTERN, schemas } from '../schemas/index.ts';
import { checkIntegrity } from '../domain/integrity.ts';
import type { AnyEntry, Problem } from '../domain/types.ts';
import { formatFieldPath, lineOf, parseFieldPath, type SourceFile } from './load.ts';
import { knownKeys, suggest } from './keys.ts';

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
    const raw = source.frontmatter.toJS() ?? {};
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ file: source.file, line: 1, message: 'de frontmatter moet uit velden bestaan (sleutel: waarde)' });
      continue;
    }
    const result = schema.safeParse(raw);
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
    for (const rule of options.textRules ?? []) problems.push(...(await rule(entry, source, options.peildatum)));
  }
  return { entries, problems };
}

/** Give an integrity problem its line: body lines are relative to the body, fields map into YAML. */
function locate(problem: Problem, source: SourceFile | undefined): Problem {
  if (!source) return problem;
  if (problem.field === 'body') return { ...problem, line: source.bodyStartLine + (problem.line ?? 1) - 1 };
  if (problem.field) return { ...problem, line: lineOf(source, parseFieldPath(problem.field)) };
  return { ...problem, line: problem.line ?? 1 };
}

function issuesToProblems(issues: readonly z.core.$ZodIssue[], source: SourceFile, schema: z.ZodType): Problem[] {
  const out: Problem[] = [];
  const keys = knownKeys(schema);
  for (const issue of issues) {
    const fieldPath = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const full = [...fieldPath, key];
        const hint = suggest(key, keys);
        out.push({
          file: source.file,
          line: lineOf(source, full),
          field: formatFieldPath(full),
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
      field: formatFieldPath(fieldPath) || undefined,
      message: missing ? `verplicht veld ontbreekt${fieldMessageSuffix(issue.message)}` : dutch(issue),
    });
  }
  return out;
}

function fieldMessageSuffix(message: string): string {
  return /^(Invalid|Expected)/i.test(message) ? '' : ` (${message})`;
}

/** zod's own English messages, for the issue kinds our schemas do not word themselves. */
function dutch(issue: z.core.$ZodIssue): string {
  if (!/^(Invalid|Too|Expected|String|Number|Array)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `verwacht ${TYPE_NL[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `noem er minstens ${String(issue.minimum)}` : `te kort (minstens ${String(issue.minimum)} tekens)`;
    case 'too_big':
      return `te lang (hoogstens ${String(issue.maximum)})`;
    case 'invalid_format':
      return issue.format === 'url' ? 'moet een volledige URL zijn (https://…)' : `heeft niet de juiste vorm (${issue.format})`;
    default:
      return issue.message;
  }
}

const TYPE_NL: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  boolean: 'true of false',
  array: 'een lijst (regels die beginnen met "- ")',
  object: 'velden (sleutel: waarde)',
  date: 'een datum',
};
