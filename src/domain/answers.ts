/**
 * The shape of a public answer (the rijksoverheid.nl model): related questions and where to turn.
 * Pure: works on the entries of one edition, so a public answer only ever offers public questions.
 */
import type { Entry } from './types.ts';

/** At most this many related questions under an answer. */
export const RELATED_LIMIT = 5;

/** Per measure and per theme, the positions (in the edition's order) of the questions that name it. */
interface QuestionIndex {
  position: Map<string, number>;
  byMeasure: Map<string, number[]>;
  byTheme: Map<string, number[]>;
}

const indexes = new WeakMap<readonly Entry<'vragen'>[], QuestionIndex>();

function questionIndex(questions: readonly Entry<'vragen'>[]): QuestionIndex {
  let index = indexes.get(questions);
  if (!index) {
    index = { position: new Map(), byMeasure: new Map(), byTheme: new Map() };
    const add = (map: Map<string, number[]>, key: string, i: number) => {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    };
    for (const [i, q] of questions.entries()) {
      index.position.set(q.id, i);
      for (const m of new Set(q.data.maatregelen)) add(index.byMeasure, m, i);
      for (const t of new Set(q.data.themas as readonly string[])) add(index.byTheme, t, i);
    }
    indexes.set(questions, index);
  }
  return index;
}

/**
 * Related questions, each once, in this order: those declared in `gerelateerdeVragen` (in the
 * author's order, those of this edition), those the answer links to in its text, then those
 * sharing a measure, then those sharing a theme (each of these groups in the edition's order);
 * never the question itself.
 *
 * From an index of the edition's questions by measure and theme, not by comparing the question
 * with every other: a measure or a theme shared by thousands of questions (a ministry's hubs)
 * made that quadratic (6 of 95 s of rendering at 10,000 entries). Only the first positions of
 * each list can end up among the first RELATED_LIMIT, so only those are read.
 */
export function relatedQuestions(question: Entry<'vragen'>, questions: readonly Entry<'vragen'>[], linked: ReadonlySet<string>): Entry<'vragen'>[] {
  const index = questionIndex(questions);
  const self = index.position.get(question.id);
  const chosen: number[] = [];
  const seen = new Set<number>(self === undefined ? [] : [self]);
  const take = (positions: Iterable<number>) => {
    for (const i of [...new Set(positions)].sort((a, b) => a - b)) {
      if (chosen.length >= RELATED_LIMIT) return;
      if (seen.has(i)) continue;
      seen.add(i);
      chosen.push(i);
    }
  };
  // Enough of each list that the first RELATED_LIMIT not chosen before are among them.
  const enough = RELATED_LIMIT * 2 + 1;
  const declared = question.data.gerelateerdeVragen;
  const firstOf = (map: Map<string, number[]>, keys: readonly string[]) => keys.flatMap((k) => map.get(k)?.slice(0, enough + linked.size + declared.length) ?? []);
  for (const id of declared) {
    const i = index.position.get(id);
    if (i === undefined || seen.has(i) || chosen.length >= RELATED_LIMIT) continue;
    seen.add(i);
    chosen.push(i);
  }
  take([...linked].flatMap((id) => index.position.get(id) ?? []));
  take(firstOf(index.byMeasure, question.data.maatregelen));
  take(firstOf(index.byTheme, question.data.themas as readonly string[]));
  return chosen.map((i) => questions[i]!);
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
