/**
 * Related questions under an answer (src/domain/answers.ts): declared first (in the author's
 * order), then linked, then sharing a
 * measure, then sharing a theme, each group in the edition's order, each question once, never
 * itself, at most RELATED_LIMIT. The function reads an index of the questions (a hub measure
 * with thousands of questions must not make it quadratic); here it is held to the rule as
 * written, the plain filter over every question, on a corpus with hubs and with small groups.
 */
import { describe, expect, it } from 'vitest';
import { RELATED_LIMIT, relatedQuestions } from '../../src/domain/answers.ts';
import { readVocabulary } from '../../src/load/vocabularies.ts';
import type { Entry } from '../../src/domain/types.ts';
import { entry } from './fixtures.ts';

/** The example's themes (content/_vocabulaires/themas.yml). */
const THEMAS = readVocabulary('content', 'themas').terms.map((t) => t.waarde);

/** The rule as written: filter every other question, three times. */
function byRule(question: Entry<'vragen'>, questions: readonly Entry<'vragen'>[], linked: ReadonlySet<string>): string[] {
  const others = questions.filter((q) => q.id !== question.id);
  const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
  const ordered = [
    ...question.data.gerelateerdeVragen.flatMap((id) => others.filter((q) => q.id === id)),
    ...others.filter((q) => linked.has(q.id)),
    ...others.filter((q) => shares(q.data.maatregelen, question.data.maatregelen)),
    ...others.filter((q) => shares(q.data.themas, question.data.themas)),
  ];
  return [...new Set(ordered)].slice(0, RELATED_LIMIT).map((q) => q.id);
}

/** A deterministic pseudo-random sequence (no flaky test). */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function corpus(n: number, measures: number, seed: number): Entry<'vragen'>[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[], k: number) => Array.from({ length: k }, () => list[Math.floor(r() * list.length)]!);
  const measureIds = Array.from({ length: measures }, (_, i) => `maatregel-${i}`);
  return Array.from({ length: n }, (_, i) =>
    entry('vragen', `vraag-${i}`, {
      titel: `Vraag ${i}?`,
      status: 'vastgesteld',
      laatstGecontroleerd: '2020-06-02',
      maatregelen: [...new Set(pick(measureIds, Math.floor(r() * 3)))],
      themas: [...new Set(pick(THEMAS, Math.floor(r() * 3)))],
    }) as Entry<'vragen'>,
  );
}

describe('relatedQuestions', () => {
  it.each([
    ['few hubs: 2 measures shared by hundreds of questions', 400, 2, 1],
    ['many small groups: 300 measures', 400, 300, 2],
    ['a handful of questions', 6, 3, 3],
  ])('gives exactly what the rule gives, %s', (_label, n, measures, seed) => {
    const questions = corpus(n, measures, seed);
    const r = random(seed + 10);
    for (const question of questions) {
      const linked = new Set(Array.from({ length: Math.floor(r() * 3) }, () => `vraag-${Math.floor(r() * n)}`));
      expect(relatedQuestions(question, questions, linked).map((q) => q.id), question.id).toEqual(byRule(question, questions, linked));
    }
  });

  it('puts linked questions first, in the edition order, and never the question itself', () => {
    const questions = corpus(30, 2, 4);
    const question = questions[10]!;
    const related = relatedQuestions(question, questions, new Set(['vraag-25', 'vraag-3', 'vraag-10']));
    expect(related.slice(0, 2).map((q) => q.id)).toEqual(['vraag-3', 'vraag-25']);
    expect(related.map((q) => q.id)).not.toContain('vraag-10');
    expect(related.length).toBeLessThanOrEqual(RELATED_LIMIT);
  });
});

describe('declared related questions', () => {
  const vraag = (id: string, data: Record<string, unknown> = {}) =>
    entry('vragen', id, { titel: `Vraag ${id}?`, status: 'vastgesteld', laatstGecontroleerd: '2020-06-01', ...data }) as Entry<'vragen'>;
  const question = vraag('a', { gerelateerdeVragen: ['e', 'd'], maatregelen: ['herstart-dagbesteding'], themas: ['dagbesteding'] });
  const others = [
    vraag('b', { themas: ['dagbesteding'] }),
    vraag('c', { maatregelen: ['herstart-dagbesteding'] }),
    vraag('d', { maatregelen: ['herstart-dagbesteding'] }),
    vraag('e'),
    vraag('f'),
  ];

  it('come first in the author\'s order, then linked, shared measure, shared theme; each once, never itself', () => {
    const questions = [question, ...others];
    expect(relatedQuestions(question, questions, new Set(['f'])).map((q) => q.id)).toEqual(['e', 'd', 'f', 'c', 'b']);
    expect(relatedQuestions(question, questions, new Set(['f'])).map((q) => q.id)).toEqual(byRule(question, questions, new Set(['f'])));
  });

  it('leave out a declared question that is not in this edition', () => {
    expect(relatedQuestions(question, [question, ...others.filter((q) => q.id !== 'e')], new Set()).map((q) => q.id)).toEqual(['d', 'c', 'b']);
  });
});
