/**
 * Stage "check": validate every entry (schemas, references, integrity, text rules) the way
 * `npm run check` does; on success, record the facts of every body for Astro's pages and the
 * leak scan (src/load/body-facts.ts).
 */
import { runCheck, type CheckResult } from '../check/index.ts';
import { bodyFacts, entryBodyOptions } from '../domain/body.ts';
import type { BodyFactsCache } from '../load/body-facts.ts';

export async function checkContent(options: { contentDir: string; peildatum: string; bodyFacts: BodyFactsCache }): Promise<CheckResult> {
  const checked = await runCheck({ contentDir: options.contentDir, peildatum: options.peildatum });
  if (checked.problems.length > 0) return checked;
  // Written now (on this core, while Astro is still loading content), so that Astro's pages read
  // them instead of parsing every body again.
  for (const entry of checked.entries) bodyFacts(entry.body, entryBodyOptions(entry));
  await options.bodyFacts.save();
  return checked;
}
