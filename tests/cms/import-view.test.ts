/** The import report as the CMS's Importeren page shows it (src/cms/import-view.ts). */
import { describe, expect, it } from 'vitest';
import { entryHref, reportView } from '../../src/cms/import-view.ts';
import { forTheForm } from '../../src/cms/import-endpoint.ts';
import { emptyRecognised, type ImportReport } from '../../src/import/report.ts';

const minutes: ImportReport = {
  file: 'verslag 18 maart.docx',
  kind: 'verslag',
  format: 'docx',
  written: true,
  items: [
    { collection: 'bronnen', id: 'verslag-corona-continuiteitsteam-lz-van-18-maart-2020', path: 'bronnen/verslag-corona-continuiteitsteam-lz-van-18-maart-2020.md', title: 'Verslag Corona ContinuïteitsTeam LZ van 18 maart 2020', action: 'nieuw' },
    { collection: 'routekaarten', id: 'acties-continuiteitsteam-lz', path: 'routekaarten/acties-continuiteitsteam-lz.md', title: 'Acties Corona ContinuïteitsTeam LZ', action: 'nieuw' },
  ],
  recognised: {
    ...emptyRecognised(),
    date: '2020-03-18',
    redactions: ['(10)(2e)', '(10)(2e)', '(10)(2e)'],
    participants: [{ written: 'MEVA', id: 'meva' }, { written: 'BPZ' }],
    actions: [
      { marker: '(actie MEVA en Dco)', description: 'Persbericht over matches vraag en aanbod.', owners: [{ written: 'MEVA', id: 'meva' }, { written: 'Dco', id: 'dco' }], target: 'routekaarten/acties-continuiteitsteam-lz#fase-1' },
      { marker: '(actie BPZ)', description: 'Uitvraag voor de Kamerbrief.', owners: [{ written: 'BPZ' }] },
    ],
  },
  attention: [{ kind: 'eigenaar', message: '"BPZ" is geen bekende organisatie.' }],
};

describe('reportView', () => {
  it('links every written entry and every imported action to its form in the CMS', () => {
    const view = reportView(minutes, '/intern/beheer/');
    expect(view.heading).toBe('Geïmporteerd: verslag 18 maart.docx (verslag, docx)');
    expect(view.summary).toMatch(/^2 items zijn geschreven, als concept en intern: niets is gepubliceerd/);
    expect(view.items.map((i) => [i.action, i.href])).toEqual([
      ['nieuw concept', '/intern/beheer/#/collections/bronnen/entries/verslag-corona-continuiteitsteam-lz-van-18-maart-2020'],
      ['nieuw concept', '/intern/beheer/#/collections/routekaarten/entries/acties-continuiteitsteam-lz'],
    ]);
    expect(view.actions[0]).toMatchObject({ marker: '(actie MEVA en Dco)', href: '/intern/beheer/#/collections/routekaarten/entries/acties-continuiteitsteam-lz' });
    expect(view.actions[0]!.text).toContain('Eigenaar: meva, dco.');
    // Not imported: no link, and the unknown owner is said to be unknown.
    expect(view.actions[1]!.href).toBeUndefined();
    expect(view.actions[1]!.text).toContain('Eigenaar: BPZ (niet herkend). Niet geïmporteerd.');
    expect(view.recognised).toContainEqual({ label: 'Weglakkingen (Woo)', value: '3: (10)(2e)' });
    expect(view.recognised).toContainEqual({ label: 'Deelnemers', value: '2', list: ['MEVA → meva', 'BPZ (niet herkend)'] });
    expect(view.recognised).toContainEqual({ label: 'Voetnoten', value: 'geen' });
    expect(view.attention).toEqual([{ kind: 'eigenaar', message: '"BPZ" is geen bekende organisatie.' }]);
  });

  it('says so when a repeated import changed nothing', () => {
    const again = { ...minutes, written: false, items: minutes.items.map((i) => ({ ...i, action: 'ongewijzigd' as const })) };
    expect(reportView(again, '/beheer/').summary).toBe('Niets veranderd: dit document was al geïmporteerd.');
  });

  it('escapes ids in the CMS address', () => {
    expect(entryHref('/beheer/', 'passages', 'a b')).toBe('/beheer/#/collections/passages/entries/a%20b');
  });
});

describe('forTheForm', () => {
  it('names the page\'s fields where the importer names the command\'s options', () => {
    expect(forTheForm('verslag.docx: het verslag heeft 12 acties. Zet ze in een bestaande routekaart met --routekaart <id> --fase <fase-id>, of geef voor een nieuwe routekaart de doelgroep mee met --doelgroep <id> (een routekaart heeft minstens één doelgroep).')).toBe(
      'verslag.docx: het verslag heeft 12 acties. Zet ze in een bestaande routekaart met de velden Routekaart en Fase (onder "Meer keuzes"), of geef voor een nieuwe routekaart de doelgroep mee met het veld Doelgroep (onder "Meer keuzes") (een routekaart heeft minstens één doelgroep).',
    );
    expect(forTheForm('brief.docx: geen datum gevonden (geen "Datum" in het briefhoofd). Geef hem mee met --datum JJJJ-MM-DD.')).toBe('brief.docx: geen datum gevonden (geen "Datum" in het briefhoofd). Geef hem mee met het veld Datum (onder "Meer keuzes").');
    expect(forTheForm('--fase deze-week zonder --routekaart: noem ook de routekaart waar de fase in staat.')).toBe('Fase "deze-week" zonder routekaart: noem ook de routekaart waar de fase in staat.');
  });
});
