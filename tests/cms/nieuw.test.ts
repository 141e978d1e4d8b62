/**
 * `npm run nieuw` writes, for every collection, an entry that `npm run check` accepts. The
 * skeletons are written in-process by `newEntry` (what scripts/nieuw.ts writes out); the command
 * as a process has its own cases (a second entry, an unknown collection).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEntry } from '../../src/cms/skeleton.ts';
import { slugify, uniqueId } from '../../src/cms/slug.ts';
import { formatReport, runCheck } from '../../src/check/index.ts';
import { COLLECTIONS } from '../../src/collections/index.ts';

describe('npm run nieuw', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wegwijs-nieuw-'));
    await cp('content', path.join(dir, 'content'), { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/nieuw.ts', ...args], { env: { ...process.env, WEGWIJS_CONTENT: path.join(dir, 'content'), WEGWIJS_PEILDATUM: '2020-05-26' }, encoding: 'utf8' });

  it('writes a skeleton for every collection that the checker accepts', async () => {
    for (const collection of COLLECTIONS) {
      const result = await newEntry([collection, 'Bezoek aan cliënten: wat mag er weer?'], { contentDir: path.join(dir, 'content'), today: '2020-05-26' });
      expect(result.code, result.stderr).toBe(0);
      expect(result.file).toBe(path.join(dir, 'content', collection, 'bezoek-aan-clienten-wat-mag-er-weer.md'));
      const text = await readFile(path.join(dir, 'content', collection, 'bezoek-aan-clienten-wat-mag-er-weer.md'), 'utf8');
      expect(text).toMatch(/^---\ntitel: "?Bezoek aan cliënten: wat mag er weer\?"?\n/);
      expect(text).toMatch(/^# zichtbaarheid:/m);
    }
    const result = await runCheck({ contentDir: path.join(dir, 'content'), peildatum: '2020-05-26' });
    expect(result.problems, formatReport(result.problems)).toEqual([]);
  });

  it('makes the id unique in its collection', async () => {
    const result = run('vragen', 'Bezoek aan cliënten: wat mag er weer?');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('bezoek-aan-clienten-wat-mag-er-weer-1.md');
  });

  it('refuses an unknown collection with a suggestion', () => {
    const result = run('vraag', 'Een vraag');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bedoelde je "vragen"?');
  });

  it('slugs like the CMS: accents dropped, lower case, hyphens', () => {
    expect(slugify('Één vraag over Wmo 2015 (en Wlz)!')).toBe('een-vraag-over-wmo-2015-en-wlz');
    expect(uniqueId('Ouderen', new Set(['ouderen', 'ouderen-1']))).toBe('ouderen-2');
  });
});
