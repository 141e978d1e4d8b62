/**
 * Build-wide settings from the environment. Only plain Node here: used by scripts, the checker
 * and the Astro data layer alike.
 */
import { isIsoDate } from './schemas/shared.ts';
import { today } from './domain/dates.ts';

/**
 * The reference date ("peildatum"): what counts as today for "coming weeks", the current phase
 * of a route map and `publicerenVanaf`. Defaults to today in the Netherlands; set
 * WEGWIJS_PEILDATUM=2020-05-26 to see the 2020 examples as they were then.
 */
export function referenceDate(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.WEGWIJS_PEILDATUM?.trim();
  if (!value) return today();
  if (!isIsoDate(value)) throw new Error(`WEGWIJS_PEILDATUM="${value}" is geen datum; schrijf JJJJ-MM-DD, zoals 2020-05-26`);
  return value;
}

/** How many weeks "komende weken" looks ahead. */
export function lookaheadWeeks(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.WEGWIJS_WEKEN ?? 6);
  return Number.isInteger(value) && value > 0 && value <= 52 ? value : 6;
}

/** The folder with content collections; tests and the benchmark point it elsewhere. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.WEGWIJS_CONTENT ?? 'content';
}
