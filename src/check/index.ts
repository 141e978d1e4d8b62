/**
 * `npm run check` and the build's validation stage: load → validate (schemas, integrity, text
 * rules), and the required pages (toegankelijkheid, privacy, contact: src/check/site-pages.ts). Prints every problem as `path:line: field: message`.
 */
import { describeNextChange } from '../domain/integrity.ts';
import { formatLocation, type AnyEntry, type Problem } from '../domain/types.ts';
import { loadContent } from './load.ts';
import { contentRules } from './rules.ts';
import { checkLoketten, checkSitePages } from './site-pages.ts';
import { checkVocabularies } from './vocabularies.ts';
import { LOKETTEN_FILE, readLoketten, SITE_PAGES_DIR } from '../load/site-pages.ts';
import { displayPath } from '../load/discovery.ts';
import path from 'node:path';
import { validate, type TextRule } from './validate.ts';

export interface CheckOptions {
  contentDir: string;
  peildatum: string;
  /** The rules for bodies; every rule unless a caller (a test) asks for fewer. */
  textRules?: readonly TextRule[];
}

export interface CheckResult {
  entries: AnyEntry[];
  problems: Problem[];
  /** Worth saying, not worth stopping for (an unused theme): printed, exit code unchanged. */
  warnings: Problem[];
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const [loaded, sitePages, desks] = await Promise.all([loadContent(options.contentDir), checkSitePages(options.contentDir), readLoketten(options.contentDir)]);
  let warnings: Problem[] = [];
  const lokettenFile = displayPath(path.resolve(options.contentDir, SITE_PAGES_DIR, LOKETTEN_FILE));
  const vocabularyRule = (entries: readonly AnyEntry[]) => {
    const checked = checkVocabularies(options.contentDir, entries, { file: lokettenFile, loketten: desks.loketten });
    warnings = checked.warnings;
    return checked.problems;
  };
  const validated = await validate(loaded.files, { peildatum: options.peildatum, textRules: options.textRules ?? contentRules(), entriesRules: [vocabularyRule] });
  const loketten = await checkLoketten(options.contentDir, new Set(validated.entries.filter((e) => e.collection === 'doelgroepen').map((e) => e.id)));
  const problems = [...loaded.problems, ...sitePages, ...loketten, ...validated.problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  return { entries: validated.entries, problems, warnings };
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return problem.at ? `${where}: ${formatLocation(problem.at)}: ${problem.message}` : `${where}: ${problem.message}`;
}

export function formatReport(problems: readonly Problem[], warnings: readonly Problem[] = []): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = problems.map(formatProblem);
  lines.push('', `${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}.`);
  if (warnings.length > 0) lines.push('', formatWarnings(warnings));
  return lines.join('\n');
}

/** Warnings, after the problems or under the all-clear: "let op: path:line: message". */
export function formatWarnings(warnings: readonly Problem[]): string {
  return warnings.map((w) => `let op: ${formatProblem(w)}`).join('\n');
}

/** What `npm run check` prints (to stdout and stderr) and its exit code: 1 on any problem. */
export interface CheckOutcome {
  code: 0 | 1;
  stdout: string;
  stderr: string;
}

/** `npm run check` (scripts/check.ts only writes this out): the report, or the all-clear and the next change. */
export async function checkCommand(options: CheckOptions): Promise<CheckOutcome> {
  const started = performance.now();
  const result = await runCheck(options);
  if (result.problems.length > 0) return { code: 1, stdout: '', stderr: `${formatReport(result.problems, result.warnings)}\n` };
  const stdout = [
    `Inhoud in orde: ${result.entries.length} items gecontroleerd in ${Math.round(performance.now() - started)} ms.`,
    describeNextChange(result.entries, options.peildatum),
    ...(result.warnings.length > 0 ? [formatWarnings(result.warnings)] : []),
  ];
  return { code: 0, stdout: `${stdout.join('\n')}\n`, stderr: '' };
}
