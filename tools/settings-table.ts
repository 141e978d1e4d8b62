/**
 * The README's settings table, generated from the settings schema (src/config.ts):
 * `node tools/settings-table.ts` prints it, `--write` puts it into README.md between the
 * `<!-- settings -->` markers. tests/config/config.test.ts fails when the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { settingsTable } from '../src/config.ts';

export const README = path.resolve(import.meta.dirname, '..', 'README.md');
const BEGIN = '<!-- settings: generated from src/config.ts by node tools/settings-table.ts --write -->';
const END = '<!-- /settings -->';

/** The table as the README has it now, between the markers. */
export function readmeTable(readme = readFileSync(README, 'utf8')): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md mist de markeringen ${BEGIN} … ${END}`);
  return readme.slice(start + BEGIN.length, end).trim();
}

function writeReadme(): void {
  const readme = readFileSync(README, 'utf8');
  readmeTable(readme); // the markers are there
  const start = readme.indexOf(BEGIN) + BEGIN.length;
  writeFileSync(README, `${readme.slice(0, start)}\n${settingsTable()}\n\n${readme.slice(readme.indexOf(END))}`);
}

if (import.meta.main) {
  if (process.argv.includes('--write')) writeReadme();
  else console.log(settingsTable());
}
