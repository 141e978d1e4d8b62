/**
 * The leak scan reads markup as its visible text too: a sentence of an internal entry that the
 * public edition shows with emphasis or a link inside it is still found.
 */
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
