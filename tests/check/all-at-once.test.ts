/**
 * The checker says everything at once, in Dutch, with the fix: schema, reference, text and MDX
 * problems of one entry in one run; placeholders and empty text in public entries; YAML and shape
 * errors with the fix; a missing field at the frontmatter's closing line; a suggested file name;
 * a body size limit.
 */
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/check/entry-rules.ts';
import { readVocabulary } from '../../src/load/vocabularies.ts';
import { minimalContent, runScript, writeTree } from '../helpers.ts';

function check(files: Record<string, string>) {
  const dir = writeTree({ ...Object.fromEntries(Object.entries(minimalContent()).map(([k, v]) => [`content/${k}`, v])), ...files });
  return runScript('check.ts', { WEGWIJS_CONTENT: `${dir}/content`, WEGWIJS_PEILDATUM: '2020-06-10' });
}

const vraag = (fields: string, body = 'Ja, dat mag weer.') => `---\n${fields}\n---\n${body}\n`;
const PUBLIC = 'titel: Mag ik op bezoek?\nstatus: vastgesteld\nlaatstGecontroleerd: 2020-06-02\ndoelgroepen: [ouderen]\nzichtbaarheid: publiek';

describe('npm run check: everything at once', () => {
  it('reports a schema error, a misspelled reference and code in .mdx of one entry in one run', () => {
    const { code, stderr } = check({
      'content/vragen/bezoek.mdx': vraag(
        'titel: Mag ik op bezoek?\nstatus: goedgekeurd\nlaatstGecontroleerd: 2020-06-02\ndoelgroepen: [oudren]\nzichtbaarheid: intern',
        'Stand: {process.env.HOME}',
      ),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/bezoek\.mdx:3: status: "goedgekeurd" is geen geldige status van een vraag/);
    expect(stderr).toMatch(/bezoek\.mdx:5: doelgroepen\[0\]: verwijzing: er is geen doelgroep met id "oudren".*bedoelde je "ouderen"\?/);
    expect(stderr).toMatch(/bezoek\.mdx:8: body: MDX-expressie \{process\.env\.HOME\}/);
  });

  it('reports a bad file name with the suggested name, together with the entry\'s other problems', () => {
    const { code, stderr } = check({ 'content/vragen/Mag ik Op Bezoek.md': vraag(PUBLIC.replace('status: vastgesteld', 'status: klaar')) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/Mag ik Op Bezoek\.md:1: de bestandsnaam "Mag ik Op Bezoek\.md" is geen geldige id.*hernoem het bestand naar mag-ik-op-bezoek\.md/);
    expect(stderr).toMatch(/Mag ik Op Bezoek\.md:3: status: "klaar" is geen geldige status/);
  });

  it('does not call a reference to an entry with schema errors missing', () => {
    const { stderr } = check({
      'content/doelgroepen/mantelzorgers.md': '---\ntitel: Mantelzorgers\nzichtbaarheid: publik\n---\n',
      'content/vragen/bezoek.md': vraag(PUBLIC.replace('[ouderen]', '[ouderen, mantelzorgers]').replace('publiek', 'intern')),
    });
    expect(stderr).toMatch(/mantelzorgers\.md:3: zichtbaarheid:/);
    expect(stderr).not.toMatch(/er is geen doelgroep met id "mantelzorgers"/);
  });
});

describe('npm run check: placeholders and empty text in public entries', () => {
  it('refuses the skeleton texts of npm run nieuw in a public entry, naming the field', () => {
    const { code, stderr } = check({
      'content/vragen/bezoek.md': vraag(PUBLIC, 'Schrijf hier het antwoord.'),
      'content/maatregelen/nieuw.md': '---\ntitel: Nieuwe maatregel\nsamenvatting: Samenvatting invullen\nstatus: voorgenomen\ndoelgroepen: [ouderen]  # kies: ids uit content/doelgroepen/\nverantwoordelijk: dmo  # kies: een id uit content/organisaties/\nzichtbaarheid: publiek\n---\nEen tekst.\n',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/vragen\/bezoek\.md:8: body: "Schrijf hier het antwoord\." is nog de voorbeeldtekst van een nieuw item/);
    expect(stderr).toMatch(/maatregelen\/nieuw\.md:3: samenvatting: "Samenvatting invullen" is nog de voorbeeldtekst/);
    expect(stderr).toMatch(/maatregelen\/nieuw\.md:6: verantwoordelijk: staat nog op de voorbeeldwaarde van een nieuw item \("# kies: een id uit content\/organisaties\/"\)/);
    expect(stderr).toMatch(/maatregelen\/nieuw\.md:5: doelgroepen: staat nog op de voorbeeldwaarde/);
  });

  it('refuses a public Q&A without an answer; an internal one may be a draft', () => {
    const { code, stderr } = check({
      'content/vragen/bezoek.md': vraag(PUBLIC, ''),
      'content/vragen/concept.md': vraag(PUBLIC.replace('publiek', 'intern'), 'Schrijf hier het antwoord.'),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/vragen\/bezoek\.md:\d+: body: het antwoord is leeg/);
    expect(stderr).not.toMatch(/concept\.md/);
  });
});

describe('npm run check: messages with the fix', () => {
  it('translates an unquoted colon in a title: zet de titel tussen aanhalingstekens', () => {
    const { code, stderr } = check({ 'content/vragen/bezoek.md': vraag(PUBLIC.replace('titel: Mag ik op bezoek?', 'titel: Bezoek: mag dat weer?')) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/bezoek\.md:2: ongeldige YAML in de frontmatter: de waarde van titel bevat een dubbele punt .*zet de titel tussen aanhalingstekens: titel: "Bezoek: mag dat weer\?"/);
    expect(stderr).not.toMatch(/Nested mappings/);
  });

  it('says how to write a list when a string is given', () => {
    const { stderr } = check({ 'content/vragen/bezoek.md': vraag(PUBLIC.replace('doelgroepen: [ouderen]', 'doelgroepen: ouderen')) });
    expect(stderr).toMatch(/bezoek\.md:5: doelgroepen: .*verwacht array, ontving string; schrijf een lijst: doelgroepen: \[ouderen\]/);
  });

  it('asks for JJJJ-MM-DD for a wrongly written date, and keeps "geen bestaande datum" for 30 February', () => {
    const { stderr } = check({
      'content/vragen/bezoek.md': vraag(PUBLIC.replace('2020-06-02', '2-6-2020')),
      'content/vragen/februari.md': vraag(PUBLIC.replace('2020-06-02', '2020-02-30')),
    });
    expect(stderr).toMatch(/bezoek\.md:4: laatstGecontroleerd: "2-6-2020": schrijf de datum als JJJJ-MM-DD/);
    expect(stderr).not.toMatch(/bezoek\.md:4: .*geen bestaande datum/);
    expect(stderr).toMatch(/februari\.md:4: laatstGecontroleerd: "2020-02-30" is geen bestaande datum/);
  });

  it('points a missing field at the closing line of the frontmatter', () => {
    const { stderr } = check({ 'content/vragen/bezoek.md': vraag(PUBLIC.replace('laatstGecontroleerd: 2020-06-02\n', '')) });
    expect(stderr).toMatch(/bezoek\.md:6: laatstGecontroleerd: verplicht veld ontbreekt; voeg "laatstGecontroleerd: …" toe boven de afsluitende ---/);
  });

  it('says "onbekend thema" (het thema), and where the themes are', () => {
    const { stderr } = check({ 'content/vragen/bezoek.md': vraag(`${PUBLIC}\nthemas: [sport]`) });
    expect(stderr).toMatch(/themas\[0\]: onbekend thema "sport" \(de thema’s staan in .*_vocabulaires\/themas\.yml: dagbesteding; een nieuwe voeg je daar toe\)/);
  });

  it('refuses an image that is not beside its entry (an old CMS upload under /_media/), with the path to use', () => {
    const { code, stderr } = check({ 'content/vragen/bezoek.md': vraag(PUBLIC, 'Ja, dat mag weer.\n\n![Kaart van de locaties](/_media/kaart.png)') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/bezoek\.md:10: body: afbeelding "\/_media\/kaart\.png" staat niet naast het item en wordt niet gepubliceerd: zet het bestand in de map _afbeeldingen\/ naast dit item en schrijf !\[beschrijving\]\(\.\/_afbeeldingen\/kaart\.png\)/);
  });

  it(`refuses a body over ${MAX_BODY_BYTES / 1024} KB with its size`, () => {
    const { code, stderr } = check({ 'content/vragen/bezoek.md': vraag(PUBLIC.replace('publiek', 'intern'), 'De dagbesteding gaat weer open. '.repeat(70_000)) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/bezoek\.md:8: body: de tekst is 2,1 MB; de grens is 200 KB/);
  });
});

describe('placeholders of npm run nieuw, from one list', () => {
  it('every text placeholder a skeleton writes is recognised, and a real text ending in "invullen" is not', async () => {
    const { skeleton } = await import('../../src/cms/skeleton.ts');
    const { isPlaceholderText } = await import('../../src/check/placeholders.ts');
    const { parse } = await import('yaml');
    const { COLLECTIONS } = await import('../../src/collections/index.ts');
    const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, ['x']]));
    let found = 0;
    const walk = (value: unknown, key: string): void => {
      if (typeof value === 'string' && value.endsWith(' invullen')) {
        found++;
        expect(isPlaceholderText(value, key), `${key}: ${value}`).toBe(true);
      } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    for (const collection of COLLECTIONS) {
      const text = skeleton(collection, 'Een titel', { ids, today: '2020-06-10', terms: (name) => readVocabulary('content', name).terms });
      walk(parse(text.split('---')[1]!), '');
    }
    expect(found).toBeGreaterThan(1);
    expect(isPlaceholderText('Hoe moet ik het formulier invullen', 'titel')).toBe(false);
    expect(isPlaceholderText('Samenvatting invullen', 'samenvatting')).toBe(true);
  });
});
