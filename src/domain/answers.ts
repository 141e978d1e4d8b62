/**
 * The shape of a public answer (the rijksoverheid.nl model): related questions and where to turn.
 * Pure: works on the entries of one edition, so a public answer only ever offers public questions.
 */
import type { Entry } from './types.ts';

/** At most this many related questions under an answer. */
export const RELATED_LIMIT = 5;

/**
 * Related questions, each once, in this order: those the answer links to in its text (declared),
 * then those sharing a measure, then those sharing a theme; never the question itself.
 */
export function relatedQuestions(question: Entry<'vragen'>, questions: readonly Entry<'vragen'>[], linked: ReadonlySet<string>): Entry<'vragen'>[] {
  const others = questions.filter((q) => q.id !== question.id);
  const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
  const ordered = [
    ...others.filter((q) => linked.has(q.id)),
    ...others.filter((q) => shares(q.data.maatregelen, question.data.maatregelen)),
    ...others.filter((q) => shares(q.data.themas, question.data.themas)),
  ];
  return [...new Set(ordered)].slice(0, RELATED_LIMIT);
}

export interface Desk {
  naam: string;
  omschrijving: string;
  telefoon?: string | undefined;
  bereikbaar?: string | undefined;
  url?: string | undefined;
  doelgroepen: readonly string[];
  themas: readonly string[];
}

/** The desks and helplines for an answer: those of its target groups or themes, in the file's order. */
export function desksFor(question: Entry<'vragen'>, desks: readonly Desk[]): Desk[] {
  return desks.filter((d) => d.doelgroepen.some((g) => question.data.doelgroepen.includes(g)) || d.themas.some((t) => (question.data.themas as readonly string[]).includes(t)));
}
