/** The import's small parts: Dutch dates and deadlines, action markers, participants, versions, Kamerstuk metadata. */
import { describe, expect, it } from 'vitest';
import { findDate, findDeadline, fridayOf } from '../../src/import/dates.ts';
import { findActions, participantsOf } from '../../src/import/minutes.ts';
import { bumpVersion, periodOf } from '../../src/import/routemap.ts';
import { kamerstukFromMeta } from '../../src/import/letter.ts';
import { guessKind } from '../../src/import/index.ts';
import { htmlToMdast } from '../../src/import/convert.ts';
import { splitDocument } from '../../src/import/letterhead.ts';

describe('dates', () => {
  it('reads Dutch dates and refuses days that do not exist', () => {
    expect(findDate('Datum 2 mei 2016')).toBe('2016-05-02');
    expect(findDate('18 maart 2020 9:30-10:30 uur')).toBe('2020-03-18');
    expect(findDate('16-03-2020')).toBe('2020-03-16');
    expect(findDate('30 februari 2020')).toBeUndefined();
  });
  it('resolves deadlines relative to the meeting, and reports vague ones', () => {
    // 18 March 2020 was a Wednesday.
    expect(fridayOf('2020-03-18')).toBe('2020-03-20');
    expect(fridayOf('2020-03-21')).toBe('2020-03-27');
    expect(findDeadline('vóór het einde van de week vakbonden bijeen', '2020-03-18')).toEqual({ date: '2020-03-20', phrase: 'vóór het einde van de week' });
    expect(findDeadline('Graag rond 12 communiceren.', '2020-03-18').date).toBe('2020-03-18');
    expect(findDeadline('Uiterlijk 1 juni aanleveren', '2020-05-25').date).toBe('2020-06-01');
    expect(findDeadline('Komen we binnenkort op terug', '2020-03-18')).toEqual({ unresolved: 'binnenkort' });
    expect(findDeadline('Minister ontvangt nota over Valysvervoer.', '2020-03-18')).toEqual({});
  });
});

describe('minutes', () => {
  it('finds every "(actie …)" with its sentences and owners', () => {
    const text = "Er wordt nog uitvraag gedaan om alle onderdelen daarin te krijgen (actie BPZ). Dco denkt ook over mee (actie DCo).";
    expect(findActions(text)).toEqual([
      { marker: '(actie BPZ)', owners: ['BPZ'], description: 'Er wordt nog uitvraag gedaan om alle onderdelen daarin te krijgen (actie BPZ).' },
      { marker: '(actie DCo)', owners: ['DCo'], description: 'Dco denkt ook over mee (actie DCo).' },
    ]);
    expect(findActions('Persbericht. (actie MEVA en Dco)')[0]!.owners).toEqual(['MEVA', 'Dco']);
  });
  it('reads participants without the redactions', () => {
    expect(participantsOf('MVWS, DG LZ, (10)(2e) (MEVA), (10)(2e) (10)(2e) (Dco)')).toEqual(['MVWS', 'DG LZ', 'MEVA', 'Dco']);
  });
});

describe('route maps', () => {
  it('bumps versions and reads periods', () => {
    expect(bumpVersion('0.9')).toBe('0.10');
    expect(bumpVersion('1')).toBe('2');
    expect(periodOf('Periode tot 1 juni', '2020-05-26')).toEqual({ tot: '2020-06-01' });
    expect(periodOf('Periode vanaf 8 juni', '2020-05-26')).toEqual({ van: '2020-06-08' });
    expect(periodOf('van 1 juni 2020 tot 8 juni 2020', '2020-05-26')).toEqual({ van: '2020-06-01', tot: '2020-06-08' });
  });
});

describe('letters', () => {
  it('reads the Kamerstuk number from the metadata of officielebekendmakingen.nl', () => {
    expect(kamerstukFromMeta({ 'OVERHEIDop.dossiernummer': '29362', 'OVERHEIDop.ondernummer': '251', 'OVERHEIDop.vergaderjaar': '2015-2016' })).toEqual({ vergaderjaar: '2015-2016', dossier: '29 362', nummer: '251' });
    expect(kamerstukFromMeta({ 'DC.identifier': 'kst-25657-234' })).toEqual({ dossier: '25 657', nummer: '234' });
    expect(kamerstukFromMeta({ 'DC.title': 'zonder nummer' })).toBeUndefined();
  });
  it('reads a letterhead set as a table as metadata, not text', () => {
    const html =
      '<table><tr><td>Bezoekadres</td><td>Parnassusplein 5<br>2511 VX Den Haag</td></tr><tr><td>Kenmerk</td><td>954002-149168-DMO</td></tr><tr><td>Uw brief</td><td>1 april 2016</td></tr><tr><td>Datum</td><td>2 mei 2016</td></tr><tr><td>Betreft</td><td>Voortgangsrapportage Wmo 2015</td></tr></table><p>Geachte voorzitter,</p><p>Tekst.</p><p>Kenmerk 954002-149168-DMO</p><p>Meer tekst.</p>';
    const split = splitDocument(htmlToMdast(html).tree);
    expect(split.fields).toEqual({ kenmerk: '954002-149168-DMO', uwKenmerk: '1 april 2016', datum: '2 mei 2016', betreft: 'Voortgangsrapportage Wmo 2015' });
    expect(split.letterhead).toEqual(['Bezoekadres', 'Parnassusplein 5', '2511 VX Den Haag']);
    expect(split.salutation).toBe('Geachte voorzitter,');
    expect(split.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(split.pageHeaders).toBe(1);
  });
  it('guesses what a document is', () => {
    expect(guessKind('Geachte voorzitter, Kenmerk 954002-149168-DMO')).toBe('brief');
    expect(guessKind('Vergaderdatum 18 maart 2020 Aanwezig MEVA … (actie MEVA)')).toBe('verslag');
    expect(guessKind('Routekaart Herstart dagbesteding | Actie | Eigenaar | Deadline')).toBe('routekaart');
  });
});
