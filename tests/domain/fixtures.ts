/** Small, typed domain fixtures built through the real schemas. */
import { schemas, type CollectionName } from '../../src/collections/index.ts';
import type { AnyEntry } from '../../src/domain/types.ts';

export function entry(collection: CollectionName, id: string, data: Record<string, unknown>, body = ''): AnyEntry {
  const parsed = schemas[collection].parse(data);
  return { collection, id, data: parsed, body, file: `content/${collection}/${id}.md` } as AnyEntry;
}

export function knowledgeBase(): AnyEntry[] {
  return [
    entry('organisaties', 'dmo', { titel: 'Directie Maatschappelijke Ondersteuning', afkorting: 'DMO', soort: 'directie', zichtbaarheid: 'publiek' }),
    entry('organisaties', 'vng', { titel: 'Vereniging van Nederlandse Gemeenten', afkorting: 'VNG', soort: 'koepelorganisatie' }),
    entry('doelgroepen', 'ouderen', { titel: 'Ouderen', synoniemen: ['senioren'], zichtbaarheid: 'publiek' }),
    entry('doelgroepen', 'mensen-met-een-beperking', { titel: 'Mensen met een beperking', zichtbaarheid: 'publiek' }),
    entry('maatregelen', 'herstart-dagbesteding', {
      titel: 'Herstart dagbesteding',
      samenvatting: 'Iedereen krijgt vanaf 1 juni weer een vorm van dagbesteding.',
      status: 'van kracht',
      statusverloop: [
        { datum: '2020-05-20', status: 'aangekondigd' },
        { datum: '2020-06-01', status: 'van kracht' },
      ],
      aangekondigdOp: '2020-05-20',
      vanKrachtVanaf: '2020-06-01',
      doelgroepen: ['ouderen', 'mensen-met-een-beperking'],
      verantwoordelijk: 'dmo',
      zichtbaarheid: 'publiek',
    }),
    entry('routekaarten', 'dagbesteding', {
      titel: 'Routekaart herstart dagbesteding',
      doelgroepen: ['ouderen'],
      versie: '0.3',
      versiedatum: '2020-05-25',
      status: 'concept',
      afgestemdMet: ['vng'],
      fasen: [
        { titel: 'Periode tot 1 juni', tot: '2020-06-01', acties: [{ omschrijving: 'VNG vragen gemeenten te informeren', eigenaar: 'dmo', deadline: '2020-05-29', maatregel: 'herstart-dagbesteding' }] },
        { titel: 'Periode na 1 juni', van: '2020-06-01', tot: '2020-06-08', acties: [{ omschrijving: 'Gemeenten bellen', eigenaar: 'vng' }] },
        { titel: 'Periode vanaf 8 juni', van: '2020-06-08', tot: '2020-06-15' },
        { titel: 'Periode vanaf 15 juni', van: '2020-06-15' },
      ],
    }),
    entry('vragen', 'gaat-dagbesteding-open', {
      titel: 'Gaat de dagbesteding weer open?',
      status: 'vastgesteld',
      laatstGecontroleerd: '2020-06-02',
      doelgroepen: ['ouderen'],
      maatregelen: ['herstart-dagbesteding'],
      zichtbaarheid: 'publiek',
    }, 'Ja, vanaf 1 juni 2020.'),
  ];
}
