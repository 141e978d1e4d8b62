/**
 * Versions of a route map and what changed, in words: actions matched across versions by what
 * they say (not by position), deadlines, owners, statuses, phases and the body as tracked changes.
 */
import { describe, expect, it } from 'vitest';
import { changedPlaces, changesSince, compareBody, compareData, compareVersions, matchActions, readable, similarity, versionsOf, type Names, type RoutemapData, type Snapshot } from '../../src/domain/versions.ts';
import { sinceLine, sinceSummary, versionOn } from '../../src/domain/changes-since.ts';
import { entryVersionsOf } from '../../src/domain/entry-versions.ts';
import type { Actie } from '../../src/collections/routekaarten.ts';

const names: Names = {
  organisatie: (id) => ({ dmo: 'DMO', vng: 'VNG', movisie: 'Movisie' })[id] ?? id,
  maatregel: (id) => (id === 'herstart-dagbesteding' ? 'Herstart dagbesteding' : id),
  doelgroep: (id) => (id === 'ouderen' ? 'Ouderen' : id),
};

const actie = (omschrijving: string, eigenaar: string, extra: Partial<Actie> = {}): Actie => ({ omschrijving, eigenaar, status: 'open', ...extra });

function v08(): RoutemapData {
  return {
    titel: 'Herstart dagbesteding',
    versie: '0.8',
    versiedatum: '2020-05-22',
    status: 'concept',
    doelgroepen: ['clienten-dagbesteding'],
    afgestemdMet: ['vng'],
    fasen: [
      {
        id: 'tot-1-juni',
        titel: 'Periode tot 1 juni',
        van: '2020-05-20',
        tot: '2020-06-01',
        acties: [
          actie('Het weer opstarten van de dagbesteding aan de orde stellen in het PO VWS-VNG van 26 mei 2020.', 'dmo', { deadline: '2020-05-26' }),
          actie('De gemeenten op korte termijn informeren, met een aanbeveling over hoe te handelen.', 'vng', { deadline: '2020-05-29' }),
          actie('Nieuwsbericht over het openen van de dagbesteding plaatsen in Binnenlands Bestuur.', 'dmo'),
        ],
      },
      {
        id: 'na-1-juni',
        titel: 'Periode na 1 juni',
        van: '2020-06-01',
        tot: '2020-06-08',
        status: 'ter afstemming',
        acties: [actie('Contact opnemen met een aantal gemeenten over de wens van het kabinet.', 'dmo', { deadline: '2020-06-02' })],
      },
    ],
  };
}

function v09(): RoutemapData {
  const d = structuredClone(v08());
  d.versie = '0.9';
  d.versiedatum = '2020-05-25';
  d.status = 'ter afstemming';
  d.afgestemdMet.push('koepels-aanbieders');
  d.bronnen = ['email-po-vws-vng-2020-05-25'];
  // Order of actions changed, one reworded slightly, the news item given to Movisie.
  const [po, gemeenten, nieuws] = d.fasen[0]!.acties;
  d.fasen[0]!.acties = [gemeenten!, { ...nieuws!, eigenaar: 'movisie' }, { ...po!, omschrijving: 'Het weer opstarten van de dagbesteding aan de orde stellen in het PO VWS-VNG van dinsdag 26 mei 2020.' }];
  d.fasen[1]!.status = 'vastgesteld';
  d.fasen[1]!.acties[0]!.deadline = '2020-06-08';
  d.fasen[1]!.acties.push(actie('Besluiten of een representatieve inventarisatie na 15 juni toegevoegde waarde heeft.', 'dmo'));
  d.fasen.push({ id: 'vanaf-8-juni', titel: 'Periode vanaf 8 juni', van: '2020-06-08', tot: '2020-06-15', acties: [] });
  return d;
}

describe('compareData', () => {
  const texts = () => compareData(v08(), v09(), names).map((c) => c.text);

  it('names each change of the route map in words, with organisation abbreviations', () => {
    const t = texts();
    expect(t).toContain('Status gewijzigd van concept naar ter afstemming');
    expect(t).toContain('Nu ook afgestemd met koepels-aanbieders');
    expect(t).toContain('Bron toegevoegd: email-po-vws-vng-2020-05-25');
    expect(t).toContain('Fase 2 is nu vastgesteld');
    expect(t).toContain('Deadline verschoven van 2 juni naar 8 juni 2020: Contact opnemen met een aantal gemeenten over de wens van het kabinet.');
    expect(t).toContain('Eigenaar gewijzigd van DMO naar Movisie: Nieuwsbericht over het openen van de dagbesteding plaatsen in Binnenlands Bestuur.');
    expect(t).toContain('Actie toegevoegd: Besluiten of een representatieve inventarisatie na 15 juni toegevoegde waarde heeft. (DMO)');
    expect(t).toContain('Fase toegevoegd: Periode vanaf 8 juni (8 t/m 14 juni 2020)');
  });

  it('matches reordered and reworded actions instead of reporting them removed and added', () => {
    const t = texts();
    expect(t.filter((x) => x.startsWith('Actie verwijderd') || x.startsWith('Actie toegevoegd'))).toEqual(['Actie toegevoegd: Besluiten of een representatieve inventarisatie na 15 juni toegevoegde waarde heeft. (DMO)']);
    expect(t.some((x) => x.startsWith('Actie anders omschreven: Het weer opstarten'))).toBe(true);
  });

  it('reports a removed action, a moved deadline backwards, a finished action and a changed period', () => {
    const a = v09();
    const b = structuredClone(a);
    b.fasen[1]!.acties.pop();
    b.fasen[0]!.acties[0]!.deadline = '2020-05-27';
    b.fasen[0]!.acties[0]!.status = 'gereed';
    b.fasen[2]!.tot = '2020-06-22';
    b.status = 'vastgesteld';
    const t = compareData(a, b, names).map((c) => c.text);
    expect(t).toContain('De routekaart is nu vastgesteld');
    expect(t).toContain('Actie verwijderd: Besluiten of een representatieve inventarisatie na 15 juni toegevoegde waarde heeft. (DMO)');
    expect(t).toContain('Deadline vervroegd van 29 mei naar 27 mei 2020: De gemeenten op korte termijn informeren, met een aanbeveling over hoe te handelen.');
    expect(t).toContain('Actie gereed: De gemeenten op korte termijn informeren, met een aanbeveling over hoe te handelen.');
    expect(t).toContain('Periode gewijzigd van 8 t/m 14 juni 2020 naar 8 t/m 21 juni 2020');
  });

  it('groups changes: the route map first, then phases in order, each with its anchor', () => {
    const changes = compareData(v08(), v09(), names);
    expect(changes[0]!.onderdeel).toBe('Routekaart');
    const parts = [...new Set(changes.map((c) => c.onderdeel))];
    expect(parts).toEqual(['Routekaart', 'Fase 1 (Periode tot 1 juni)', 'Fase 2 (Periode na 1 juni)', 'Fase 3 (Periode vanaf 8 juni)']);
    expect(changes.find((c) => c.text === 'Fase 2 is nu vastgesteld')!.anchor).toBe('na-1-juni');
  });

  it('says nothing when nothing changed', () => {
    expect(compareData(v09(), v09(), names)).toEqual([]);
  });

  it('reports an action moved to another phase', () => {
    const a = v09();
    const b = structuredClone(a);
    const moved = b.fasen[0]!.acties.shift()!;
    b.fasen[2]!.acties.push(moved);
    const t = compareData(a, b, names).map((c) => c.text);
    expect(t).toContain('Actie verplaatst van Fase 1 (Periode tot 1 juni) naar Fase 3 (Periode vanaf 8 juni): De gemeenten op korte termijn informeren, met een aanbeveling over hoe te handelen.');
    expect(t.some((x) => x.startsWith('Actie toegevoegd') || x.startsWith('Actie verwijderd'))).toBe(false);
  });
});

describe('matchActions and similarity', () => {
  it('does not pair unrelated actions of the same owner', () => {
    const a = [{ actie: actie('Nieuwsbericht plaatsen in Binnenlands Bestuur.', 'dmo'), fase: 0 }];
    const b = [{ actie: actie('Contact opnemen met een aantal gemeenten.', 'dmo'), fase: 0 }];
    expect(matchActions(a, b, new Map([[0, 0]]))).toEqual([]);
    expect(similarity('a b c d', 'a b c d')).toBe(1);
    expect(similarity('a b c d', 'e f g h')).toBe(0);
  });

  it('pairs by content, not by position', () => {
    const x = actie('De eerder gedane inventarisatie onder cliëntondersteuners herhalen.', 'dmo');
    const y = actie('Het bericht op de eigen site delen en er een artikel over schrijven.', 'movisie');
    expect(matchActions([{ actie: x, fase: 0 }, { actie: y, fase: 0 }], [{ actie: y, fase: 0 }, { actie: x, fase: 0 }], new Map([[0, 0]]))).toEqual(expect.arrayContaining([[0, 1], [1, 0]]));
  });
});

describe('compareBody', () => {
  it('marks added and removed words per paragraph, and is empty for the same text', () => {
    const parts = compareBody('De kaart wordt afgestemd met de VNG.\n\nTweede alinea.', 'De kaart wordt afgestemd met de VNG en de koepels.\n\nTweede alinea.');
    expect(parts).toHaveLength(2);
    expect(parts[0]!.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toContain('koepels');
    expect(parts[1]).toEqual([{ text: 'Tweede alinea.', kind: 'same' }]);
    expect(compareBody('Zelfde tekst.\n', 'Zelfde tekst.')).toEqual([]);
  });

  it('keeps markup-like text as text (the component escapes it)', () => {
    const parts = compareBody('Oud.', 'Oud. <script>alert(1)</script>');
    expect(parts.flat().some((p) => p.kind === 'added' && p.text.includes('<script>'))).toBe(true);
  });
});

describe('versionsOf', () => {
  const snap = (data: RoutemapData | undefined, commit?: string, vastgelegdOp?: string, onderwerp?: string): Snapshot => ({ data, body: '', commit, vastgelegdOp, onderwerp });

  it('makes one version per versie value, newest first, the working tree as current; authors\' notes before commit subjects', () => {
    const current = v09();
    const versions = versionsOf([snap(current), snap(current, 'c3', '2020-05-25', 'Versie 0.9: deadline verschoven'), snap(v08(), 'c2', '2020-05-22', 'Versie 0.8'), snap(v08(), 'c1', '2020-05-21', 'Eerste opzet')], [{ datum: '2020-05-25', notitie: 'Afgestemd met de koepels.' }]);
    expect(versions.map((v) => [v.versie, v.slug, v.datum, v.huidig])).toEqual([['0.9', '0-9', '2020-05-25', true], ['0.8', '0-8', '2020-05-22', false]]);
    expect(versions[0]!.notities).toEqual(['Afgestemd met de koepels.']);
    expect(versions[1]!.notities).toEqual(['Eerste opzet', 'Versie 0.8']);
    expect(versions[1]!.snapshot.commit).toBe('c2');
  });

  it('keeps a version whose content could not be read, under its commit', () => {
    const versions = versionsOf([snap(v09()), { body: '', commit: 'abcdef0123', vastgelegdOp: '2020-05-20', probleem: 'fasen: vereist' }]);
    expect(versions.map((v) => v.versie)).toEqual(['0.9', 'vastlegging abcdef0']);
    expect(versions[1]!.datum).toBe('2020-05-20');
  });
});

describe('readable', () => {
  it('leaves out Markdown marks so the tracked changes read as text', () => {
    expect(readable('> **Let op:** zie [de maatregel](/maatregelen/x/) en _dit_.')).toBe('Let op: zie de maatregel en dit.');
  });
});

describe('versionsOf: a version number used again', () => {
  it('is one version, and notes go to the earliest version dated on or after them', () => {
    const nine = v09();
    const versions = versionsOf([{ data: nine, body: '' }, { data: v08(), body: '', commit: 'b' }, { data: nine, body: '', commit: 'a' }], [{ datum: '2020-05-22', notitie: 'Opzet.' }, { datum: '2020-05-25', notitie: 'Uitgewerkt.' }]);
    expect(versions.map((v) => [v.slug, v.notities])).toEqual([['0-9', ['Uitgewerkt.']], ['0-8', ['Opzet.']]]);
  });
});

describe('changes since a date (the last meeting): "Gewijzigd sinds"', () => {
  const snap = (data: RoutemapData, commit?: string, vastgelegdOp?: string): Snapshot => ({ data, body: '', commit, vastgelegdOp });
  const versions = () => versionsOf([snap(v09()), snap(v08(), 'c1', '2020-05-22')]);
  const compare = (vs: ReturnType<typeof versions>) => (from: (typeof vs)[number]) => compareVersions(from, vs[0]!, names).changes;

  it('takes the version in force on the date: the newest dated on or before it', () => {
    const vs = versions();
    expect(versionOn(vs, '2020-05-22')?.versie).toBe('0.8');
    expect(versionOn(vs, '2020-05-24')?.versie).toBe('0.8');
    expect(versionOn(vs, '2020-05-25')?.versie).toBe('0.9');
    expect(versionOn(vs, '2020-05-21')).toBeUndefined();
    // Undated versions (null in versies.json) are passed over.
    expect(versionOn([{ versie: '1', datum: null }, { versie: '0.5', datum: '2020-01-01' }], '2020-06-01')?.versie).toBe('0.5');
  });

  it('says what changed since the version in force then, in words, and where (for change bars)', () => {
    const vs = versions();
    const since = changesSince(vs, '2020-05-23', compare(vs));
    expect(since.soort).toBe('gewijzigd');
    expect(since.from.versie).toBe('0.8');
    expect(sinceSummary(since.soort, since.from, since.current, since.changes.length)).toBe('Toen gold versie 0.8 van 22 mei 2020, nu versie 0.9 van 25 mei 2020.');
    const lines = since.changes.map(sinceLine);
    expect(lines).toContain('Status gewijzigd van concept naar ter afstemming');
    expect(lines).toContain('Fase 2 (Periode na 1 juni): Deadline verschoven van 2 juni naar 8 juni 2020: Contact opnemen met een aantal gemeenten over de wens van het kabinet.');
    // Places in the newer version: the moved deadline is the first action of phase 2, the news
    // item (owner changed) the second of phase 1 as it is now written; the approved phase itself.
    const places = changedPlaces(since.changes);
    expect(places.has('na-1-juni/0')).toBe(true);
    expect(places.has('tot-1-juni/1')).toBe(true);
    expect(places.has('na-1-juni')).toBe(true);
    expect(places.has('tot-1-juni/0')).toBe(false);
  });

  it('is unchanged when the current version was already in force, and says so', () => {
    const vs = versions();
    const since = changesSince(vs, '2020-05-26', compare(vs));
    expect(since.soort).toBe('ongewijzigd');
    expect(since.changes).toEqual([]);
    expect(sinceSummary(since.soort, since.from, since.current, 0)).toBe('Ongewijzigd: versie 0.9 van 25 mei 2020 gold toen al.');
  });

  it('before the first known version: compares with the oldest known one and says it was not yet recorded', () => {
    const vs = versions();
    const since = changesSince(vs, '2020-05-19', compare(vs));
    expect(since.soort).toBe('nieuw');
    expect(since.from.versie).toBe('0.8');
    expect(since.changes.length).toBeGreaterThan(0);
    expect(sinceSummary(since.soort, since.from, since.current, since.changes.length)).toBe('Toen nog niet vastgelegd: de eerste vastgelegde is versie 0.8 van 22 mei 2020, nu geldt versie 0.9 van 25 mei 2020.');
    const only = versionsOf([snap(v09())]);
    const alone = changesSince(only, '2020-05-19', compare(only));
    expect(sinceSummary(alone.soort, alone.from, alone.current, 0)).toBe('Nieuw: de eerste vastgelegde is versie 0.9 van 25 mei 2020.');
    // As of a reference date before the current version: said so.
    expect(sinceSummary(alone.soort, alone.from, alone.current, 0, '2020-05-20')).toBe('Nieuw: de eerste vastgelegde is versie 0.9 van 25 mei 2020. Versie 0.9 is van na de peildatum (20 mei 2020).');
    expect(sinceSummary(alone.soort, alone.from, alone.current, 0, '2020-05-26')).toBe('Nieuw: de eerste vastgelegde is versie 0.9 van 25 mei 2020.');
  });
});

describe('versions of passages and measures', () => {
  it('one version per recorded content: the last commit of a clean working tree is the current version, dated by it', () => {
    const a = { status: 'concept' };
    const b = { status: 'vastgesteld' };
    const versions = entryVersionsOf([{ data: b, body: 'Tekst.' }, { commit: 'c2c2c2c2c2', vastgelegdOp: '2020-05-25', onderwerp: 'Vastgesteld', data: b, body: 'Tekst.' }, { commit: 'c1c1c1c1c1', vastgelegdOp: '2020-05-22', onderwerp: 'Concept', data: a, body: 'Tekst.' }]);
    expect(versions.map((v) => [v.slug, v.label, v.datum, v.huidig, v.onderwerp])).toEqual([['huidig', 'huidige versie', '2020-05-25', true, 'Vastgesteld'], ['v-c1c1c1c', 'vastgelegd op 22 mei 2020', '2020-05-22', false, 'Concept']]);
  });
});
