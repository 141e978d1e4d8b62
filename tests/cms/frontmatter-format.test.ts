/** Saving from the CMS keeps the YAML as written (src/cms/frontmatter-format.ts). */
import { describe, expect, it } from 'vitest';
import { FRONTMATTER_SOURCE, fromFile, toFile } from '../../src/cms/frontmatter-format.ts';

const FILE = [
  '---',
  'titel: Wie organiseert de dagbesteding?',
  'status: vastgesteld',
  'zichtbaarheid: publiek  # besloten in het MT van 20 mei',
  'laatstGecontroleerd: 2020-05-28',
  'doelgroepen: [clienten-dagbesteding, mantelzorgers]',
  'versie: "0.9"',
  'trefwoorden: [gemeente, zorgkantoor]',
  '---',
  'Dat hangt af van de manier waarop u dagbesteding krijgt.',
  '',
].join('\n');

describe('the CMS file format', () => {
  it('writes the file back byte for byte when nothing changed', () => {
    expect(toFile(fromFile(FILE))).toBe(FILE);
  });

  it('changes only the line of a changed field: order, comments, quotes and flow lists stay', () => {
    const data = fromFile(FILE);
    const out = toFile({ ...data, titel: 'Wie organiseert de dagbesteding, en bij wie kan ik terecht?', doelgroepen: ['clienten-dagbesteding', 'mantelzorgers', 'ouderen'] });
    const changed = out.split('\n').filter((line, i) => line !== FILE.split('\n')[i]);
    expect(changed).toEqual(['titel: Wie organiseert de dagbesteding, en bij wie kan ik terecht?', 'doelgroepen: [clienten-dagbesteding, mantelzorgers, ouderen]']);
  });

  it('drops a removed field, appends a new one, and never writes the source key', () => {
    const data = fromFile(FILE);
    const { trefwoorden: _removed, ...rest } = data;
    const out = toFile({ ...rest, publicerenVanaf: '2020-06-01' });
    expect(out).not.toContain('trefwoorden');
    expect(out).toMatch(/publicerenVanaf: 2020-06-01\n---\n/);
    expect(out).not.toContain(FRONTMATTER_SOURCE);
    expect(data.laatstGecontroleerd).toBe('2020-05-28');
  });
});
