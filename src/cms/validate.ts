/**
 * What the CMS does with an entry just before it saves it (Decap's `preSave` event), in plain
 * data so that it runs the same in the browser and in tests:
 *
 * - `withoutEmpty`: a field that was filled in and then emptied comes back from the form as `""`
 *   (or an empty object); the schemas read an absent optional field as absent, not as an empty
 *   string, so empty values are dropped before saving;
 * - `formProblems`: the entry's frontmatter through the very zod schema `npm run check` uses,
 *   with its Dutch messages and the field path as the checker prints it (`fasen[0].acties[1].eigenaar`).
 *   Rules across entries (does the id exist, passage chains, public → internal) stay with the
 *   checker, which `npm run dev` runs on every save (src/integrations/dev-check.ts).
 */
import { type CollectionName } from '../schemas/index.ts';
import { schemas } from '../collections/index.ts';
import { formatFieldPath, type FieldPath, type Location } from '../domain/types.ts';
import { entryTextProblems } from '../check/entry-rules.ts';
import { cmsCollection, type CmsField } from './config.ts';

const isEmpty = (value: unknown) => value === '' || value === null || value === undefined;

/** Drops empty strings, nulls and objects that end up empty; list items are kept. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const cleaned = withoutEmpty(child);
      if (isEmpty(cleaned)) continue;
      if (cleaned && typeof cleaned === 'object' && !Array.isArray(cleaned) && Object.keys(cleaned).length === 0) continue;
      out[key] = cleaned;
    }
    return out;
  }
  return typeof value === 'string' && value.trim() === '' ? '' : value;
}

export interface FormProblem {
  field: string;
  message: string;
}

/** The schema's problems with an entry's frontmatter (the body is not part of it). */
export function formProblems(collection: CollectionName, data: Record<string, unknown>): FormProblem[] {
  const { body: _body, ...frontmatter } = data;
  const result = schemas[collection].safeParse(frontmatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol') as FieldPath;
    return { field: path.length > 0 ? `${fieldLabel(collection, path)} (${formatFieldPath(path)})` : '(item)', message: issue.message };
  });
}

/** One Dutch sentence per problem, for the CMS's error notice. */
export function formatFormProblems(problems: readonly FormProblem[]): string {
  return `niet opgeslagen, eerst verbeteren: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`;
}

/**
 * A field as the form labels it: `['fasen', 0, 'acties', 1, 'eigenaar']` → "Fasen 1 › Acties 2 ›
 * Eigenaar"; the body is the body field's label ("Antwoord"). Authors see labels, not keys.
 */
export function fieldLabel(collection: CollectionName, at: Location | FieldPath): string {
  const fields = cmsCollection(collection).fields;
  if (!Array.isArray(at) && 'bodyLine' in (at as Location)) return fields.find((f) => f.name === 'body')?.label ?? 'Tekst';
  const path = (Array.isArray(at) ? at : (at as { field: FieldPath }).field) as FieldPath;
  const parts: string[] = [];
  let current: readonly CmsField[] | undefined = fields;
  for (const step of path) {
    if (typeof step === 'number') {
      if (parts.length) parts[parts.length - 1] = `${parts[parts.length - 1]} ${step + 1}`;
      continue;
    }
    const field: CmsField | undefined = current?.find((f) => f.name === step);
    parts.push(field?.label ?? step);
    current = field?.fields ?? (field?.field ? [field.field] : undefined);
  }
  return parts.join(' › ') || '(item)';
}

/**
 * The rules on the entry's own text that `npm run check` runs too (src/check/entry-rules.ts:
 * code in `.mdx`, Woo grounds, unsafe HTML and links, size, and in public entries placeholders,
 * empty text and personal data), as form problems with the field's label.
 */
export function textProblems(collection: CollectionName, data: Record<string, unknown>, ext: '.md' | '.mdx' = '.md'): FormProblem[] {
  const { body, ...frontmatter } = data;
  return entryTextProblems({ collection, data: frontmatter, body: typeof body === 'string' ? body : '', ext }).map((p) => ({ field: fieldLabel(collection, p.at), message: p.message }));
}
