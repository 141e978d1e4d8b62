/**
 * The controlled vocabularies as content: one YAML file per vocabulary in `content/_vocabulaires/`
 * (themas.yml, organisatiesoorten.yml; the list is VOCABULARIES in src/schemas/shared.ts), each a
 * list of values with a label and a description:
 *
 *   - waarde: dagbesteding
 *     label: Dagbesteding
 *     omschrijving: Dagbesteding en dagactiviteiten voor ouderen en mensen met een beperking.
 *
 * Validated here (zod), every problem with its file and line. Read synchronously and memoised per
 * file by its modification time, so that every reader (the checker, the pages, the CMS
 * configuration) sees a change at once, under `npm run dev` and `npm run beheer` without a restart.
 * Plain Node.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { ID_PATTERN, VOCABULARIES, VOCABULARY_NAMES, type VocabularyName } from '../schemas/shared.ts';
import type { Problem } from '../domain/types.ts';
import { MAX_ALIAS_COUNT, YAML_PARSE_OPTIONS } from './source.ts';
import { displayPath } from './discovery.ts';

/** Where the vocabularies live, relative to the content folder (`_`: no collection). */
export const VOCABULARIES_DIR = '_vocabulaires';

export interface Term {
  waarde: string;
  label: string;
  omschrijving: string;
}

export interface Vocabulary {
  name: VocabularyName;
  /** The file as messages name it. */
  file: string;
  /** In the file's order (the order on the site). Empty when the file is missing or invalid. */
  terms: readonly Term[];
  /** The values, for membership. */
  values: ReadonlySet<string>;
  /** The line of each value in the file. */
  lines: ReadonlyMap<string, number>;
  problems: readonly Problem[];
}

const termSchema = z.strictObject({
  waarde: z
    .string({ error: 'moet een tekst zijn' })
    .regex(ID_PATTERN, { error: 'bestaat uit kleine letters, cijfers en koppeltekens, zoals "zorg-en-ondersteuning-thuis"' }),
  label: z.string({ error: 'moet een tekst zijn' }).trim().min(2, { error: 'mag niet leeg zijn: het is wat de site en het beheerformulier tonen' }),
  omschrijving: z.string({ error: 'moet een tekst zijn' }).trim().min(10, { error: 'moet minstens 10 tekens zijn: zeg wat onder deze waarde valt' }),
});

const fileSchema = z.array(termSchema, { error: 'moet een lijst zijn van items met waarde, label en omschrijving ("- waarde: …")' }).min(1, { error: 'noem minstens één waarde' });

export function vocabularyPath(contentDir: string, name: VocabularyName): string {
  return path.resolve(contentDir, VOCABULARIES_DIR, VOCABULARIES[name].file);
}

const memo = new Map<string, { mtimeMs: number; size: number; vocabulary: Vocabulary }>();

/** One vocabulary, read (again when the file changed) and validated. */
export function readVocabulary(contentDir: string, name: VocabularyName): Vocabulary {
  const absolute = vocabularyPath(contentDir, name);
  const file = displayPath(absolute);
  let stat: { mtimeMs: number; size: number };
  try {
    stat = statSync(absolute);
  } catch {
    memo.delete(absolute);
    return empty(name, file, [{ file, message: `de woordenlijst voor ${VOCABULARIES[name].usedFor} ontbreekt. Maak dit bestand, met per waarde "- waarde: …", "label: …" en "omschrijving: …"` }]);
  }
  const known = memo.get(absolute);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size && known.vocabulary.file === file) return known.vocabulary;
  const vocabulary = parseVocabulary(name, file, readFileSync(absolute, 'utf8'));
  memo.set(absolute, { ...stat, vocabulary });
  return vocabulary;
}

/** Every vocabulary of a content folder. */
export function readVocabularies(contentDir: string): Record<VocabularyName, Vocabulary> {
  return Object.fromEntries(VOCABULARY_NAMES.map((name) => [name, readVocabulary(contentDir, name)])) as Record<VocabularyName, Vocabulary>;
}

/** Validates a vocabulary's text; `file` names it in messages. */
export function parseVocabulary(name: VocabularyName, file: string, text: string): Vocabulary {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_PARSE_OPTIONS, lineCounter });
  if (doc.errors.length > 0) {
    return empty(name, file, doc.errors.map((e) => ({ file, line: lineCounter.linePos(e.pos[0]).line, message: `ongeldige YAML: ${e.message.split('\n')[0]}` })));
  }
  const lineAt = (fieldPath: readonly PropertyKey[]): number => {
    for (let n = fieldPath.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(fieldPath.slice(0, n) as (string | number)[], true)) as { range?: [number, number, number] } | null | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const parsed = fileSchema.safeParse(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  if (!parsed.success) {
    return empty(
      name,
      file,
      parsed.error.issues.map((issue) => {
        const [index, ...field] = issue.path;
        const where = typeof index === 'number' ? `waarde ${index + 1}${field.length ? `, ${field.join('.')}` : ''}: ` : '';
        const missing = issue.code === 'invalid_type' && doc.getIn(issue.path as (string | number)[]) === undefined;
        const message = issue.code === 'unrecognized_keys' ? `onbekend veld "${issue.keys.join(', ')}" (alleen waarde, label en omschrijving)` : missing ? 'verplicht veld ontbreekt' : issue.message;
        return { file, line: lineAt(issue.path), message: `${where}${message}` };
      }),
    );
  }
  const problems: Problem[] = [];
  const lines = new Map<string, number>();
  parsed.data.forEach((t, i) => {
    const line = lineAt([i, 'waarde']);
    const first = lines.get(t.waarde);
    if (first !== undefined) problems.push({ file, line, message: `de waarde "${t.waarde}" staat er twee keer in (ook op regel ${first})` });
    else lines.set(t.waarde, line);
  });
  if (problems.length > 0) return empty(name, file, problems);
  return { name, file, terms: parsed.data, values: new Set(lines.keys()), lines, problems: [] };
}

function empty(name: VocabularyName, file: string, problems: Problem[]): Vocabulary {
  return { name, file, terms: [], values: new Set(), lines: new Map(), problems };
}

/** The label of a value; the value itself when the vocabulary does not have it (the checker reports that). */
export function termLabel(vocabulary: Vocabulary, value: string): string {
  return vocabulary.terms.find((t) => t.waarde === value)?.label ?? value;
}
