/**
 * Vocabularies as content (content/_vocabulaires/themas.yml, organisatiesoorten.yml): validated
 * with file:line; an unknown value reported with the nearest valid one; an unused theme reported;
 * a new theme or kind of organisation added in the file alone, without code. `npm run check` as a
 * process, on the minimal corpus plus the files of each case.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_THEMAS, minimalContent, ROOT, runScript, writeTree } from '../helpers.ts';
import { generateCmsConfig, optionValue } from '../../src/cms/config.ts';
import { readVocabulary } from '../../src/load/vocabularies.ts';

function check(files: Record<string, string>) {
  const dir = writeTree({ ...Object.fromEntries(Object.entries(minimalContent()).map(([k, v]) => [`content/${k}`, v])), ...files });
  return { dir, ...runScript('check.ts', { WEGWIJS_CONTENT: `${dir}/content`, WEGWIJS_PEILDATUM: '2020-06-10' }) };
}

const THEMAS = readFileSync(path.join(ROOT, 'content', '_vocabulaires', 'themas.yml'), 'utf8');
const vraag = (themas: string) =>
  `---\ntitel: Mag ik op bezoek?\nstatus: vastgesteld\nlaatstGecontroleerd: 2020-06-02\ndoelgroepen: [ouderen]\nthemas: ${themas}\nzichtbaarheid: intern\n---\nJa, dat mag weer.\n`;

describe('vocabularies in content/_vocabulaires/', () => {
  it('reports an unknown theme at its line, with the nearest valid one', () => {
    const { code, stderr } = check({ 'content/vragen/bezoek.md': vraag('[bezoek, dagbsteding]') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/vragen\/bezoek\.md:6: themas\[1\]: onbekend thema "dagbsteding"; bedoelde je "dagbesteding"\? \(de thema’s staan in .*_vocabulaires\/themas\.yml/);
  });

  it('reports a theme no entry or desk uses, without failing the check', () => {
    const { code, stdout } = check({ 'content/_vocabulaires/themas.yml': `${MINIMAL_THEMAS}- waarde: bezoek\n  label: Bezoek\n  omschrijving: Bezoek aan zorginstellingen.\n` });
    expect(code).toBe(0);
    expect(stdout).toMatch(/let op: .*_vocabulaires\/themas\.yml:4: het thema "bezoek" \(Bezoek\) wordt door geen enkele vraag, maatregel of loket gebruikt; gebruik het of haal het weg/);
    expect(stdout).not.toMatch(/"dagbesteding"/);
    expect(stdout).toMatch(/Inhoud in orde/);
  });

  it('takes a new theme from the file alone: a question may use it, nothing else changes', () => {
    const themas = `${MINIMAL_THEMAS}- waarde: respijtzorg\n  label: Respijtzorg\n  omschrijving: Tijdelijke overname van de zorg, zodat een mantelzorger op adem kan komen.\n`;
    const { code, stdout, stderr } = check({ 'content/_vocabulaires/themas.yml': themas, 'content/vragen/bezoek.md': vraag('[respijtzorg]') });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/"respijtzorg"/);
  });

  it('knows the kinds of organisation "aanbieder" and "gemeente", and suggests one for a typo', () => {
    const org = (soort: string) => `---\ntitel: Gemeente Utrecht\nsoort: ${soort}\n---\n`;
    const ok = check({ 'content/organisaties/gemeente-utrecht.md': org('gemeente'), 'content/organisaties/zorggroep.md': org('aanbieder').replace('Gemeente Utrecht', 'Zorggroep Noord') });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const typo = check({ 'content/organisaties/gemeente-utrecht.md': org('gemeentes') });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/organisaties\/gemeente-utrecht\.md:3: soort: onbekende soort organisatie "gemeentes"; bedoelde je "gemeente"\?/);
  });

  it('refuses an invalid vocabulary file with file and line, and a missing one by name', () => {
    const broken = `- waarde: dagbesteding\n  label: Dagbesteding\n  omschrijving: Dagbesteding en dagactiviteiten.\n- waarde: Bezoek\n  label: Bezoek\n  omschrijving: Bezoek aan zorginstellingen.\n- waarde: dagbesteding\n  label: Nog eens\n  omschrijving: Een tweede keer dezelfde waarde.\n- waarde: mondkapjes\n  omschrijving: De mondkapjesplicht.\n`;
    const first = check({ 'content/_vocabulaires/themas.yml': broken });
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/_vocabulaires\/themas\.yml:4: waarde 2, waarde: bestaat uit kleine letters, cijfers en koppeltekens/);
    expect(first.stderr).toMatch(/_vocabulaires\/themas\.yml:10: waarde 4, label: verplicht veld ontbreekt/);
    const duplicate = check({ 'content/_vocabulaires/themas.yml': broken.split('\n').slice(0, 9).join('\n').replace('Bezoek\n', 'bezoek\n') + '\n' });
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/_vocabulaires\/themas\.yml:7: de waarde "dagbesteding" staat er twee keer in \(ook op regel 1\)/);
    const missing = check({});
    rmSync(path.join(missing.dir, 'content/_vocabulaires/organisatiesoorten.yml'));
    const again = runScript('check.ts', { WEGWIJS_CONTENT: `${missing.dir}/content`, WEGWIJS_PEILDATUM: '2020-06-10' });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/_vocabulaires\/organisatiesoorten\.yml: de woordenlijst voor het veld soort van organisaties ontbreekt/);
  });

  it('gives the CMS form the vocabulary’s values with their labels', () => {
    const dir = writeTree({ 'content/_vocabulaires/themas.yml': `${THEMAS}- waarde: respijtzorg\n  label: Respijtzorg\n  omschrijving: Tijdelijke overname van de zorg door een ander.\n` });
    const config = generateCmsConfig({ terms: (name) => readVocabulary(path.join(dir, 'content'), name).terms });
    const field = config.collections.find((c) => c.name === 'vragen')!.fields.find((f) => f.name === 'themas')!;
    expect(field.widget).toBe('select');
    expect(field.multiple).toBe(true);
    expect(field.options).toContainEqual({ label: 'Mantelzorg en respijtzorg', value: 'mantelzorg' });
    expect(field.options?.map(optionValue).at(-1)).toBe('respijtzorg');
  });
});
