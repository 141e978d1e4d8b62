/**
 * The leak scan reads markup as its visible text too: a sentence of an internal entry that the
 * public edition shows with emphasis or a link inside it is still found. A scan that reuses an
 * earlier one skips only byte-identical files found clean under exactly the same needles.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leakNeedles, markupText, scanForLeaks } from '../../src/verify/leaks.ts';
import { writeTree } from '../helpers.ts';
import { entry } from '../domain/fixtures.ts';

const internal = entry(
  'maatregelen',
  'geheim-besluit',
  { titel: 'Vertrouwelijk besluit over de dagbesteding', samenvatting: 'Nog niet openbaar.', status: 'voorgenomen', doelgroepen: ['ouderen'], verantwoordelijk: 'dmo' },
  'Het kabinet overweegt de dagbesteding in de regio Utrecht per 1 september volledig te sluiten voor nieuwe cliënten.\n',
);

describe('leak scan of markup', () => {
  it('finds an internal sentence rendered with inline markup', async () => {
    const needles = leakNeedles([internal], '2020-06-01');
    const dir = writeTree({
      'index.html': '<p>Het kabinet overweegt de <em>dagbesteding</em> in de regio <a href="/x/">Utrecht</a> per 1 september volledig te sluiten voor nieuwe cliënten.</p>',
    });
    const { leaks } = await scanForLeaks(dir, needles);
    expect(leaks.map((l) => l.needle.kind)).toEqual(['tekst']);
  });

  it('keeps block boundaries as spaces', () => {
    expect(markupText('<li>een</li><li>twee</li><p>drie <strong>vier</strong></p>')).toBe(' een  twee  drie vier ');
  });

  it('does not cry wolf on public text', async () => {
    const dir = writeTree({ 'index.html': '<p>De dagbesteding gaat weer open vanaf 1 juni 2020 voor iedereen.</p>' });
    expect((await scanForLeaks(dir, leakNeedles([internal], '2020-06-01'))).leaks).toEqual([]);
  });
});

describe('leak scan reusing the previous scan', () => {
  const leaking = '<p>Het kabinet overweegt de dagbesteding in de regio Utrecht per 1 september volledig te sluiten voor nieuwe cliënten.</p>';
  const clean = '<p>De dagbesteding gaat weer open vanaf 1 juni 2020 voor iedereen.</p>';

  it('skips byte-identical clean files, never a file that leaked, and finds the same leaks as a full scan', async () => {
    const needles = leakNeedles([internal], '2020-06-01');
    const dir = writeTree({ 'a/index.html': clean, 'b/index.html': clean, 'c/index.html': leaking, 'd.json': '{"x":1}' });
    const first = await scanForLeaks(dir, needles);
    expect(first.reused).toBe(0);
    expect(first.leaks.map((l) => l.file)).toEqual([path.join('c', 'index.html')]);
    const second = await scanForLeaks(dir, needles, first.clean);
    expect(second.reused).toBe(3);
    expect(second.leaks.map((l) => l.file)).toEqual(first.leaks.map((l) => l.file));
    // A clean file that now leaks is scanned again (its bytes changed), and found.
    writeFileSync(path.join(dir, 'a/index.html'), leaking);
    const third = await scanForLeaks(dir, needles, second.clean);
    expect(third.reused).toBe(2);
    expect(third.leaks.map((l) => l.file).sort()).toEqual([path.join('a', 'index.html'), path.join('c', 'index.html')]);
  });

  it('scans everything again when the needles changed', async () => {
    const dir = writeTree({ 'a/index.html': clean, 'b/index.html': '<p>Vertrouwelijk besluit over de dagbesteding</p>' });
    const before = await scanForLeaks(dir, leakNeedles([], '2020-06-01'));
    expect(before.leaks).toEqual([]);
    const after = await scanForLeaks(dir, leakNeedles([internal], '2020-06-01'), before.clean);
    expect(after.reused).toBe(0);
    expect(after.leaks.map((l) => l.needle.kind)).toEqual(['titel']);
  });
});
