/**
 * The CMS's own checks before saving (src/cms/items.ts, src/cms/validate.ts): a public entry's
 * references to entries that are not public, named by title and field label; the text rules of
 * `npm run check` (code in .mdx, placeholders) with the field's label.
 */
import { describe, expect, it } from 'vitest';
import { cmsItems, publicReferenceProblems } from '../../src/cms/items.ts';
import { fieldLabel, textProblems } from '../../src/cms/validate.ts';
import { entry } from '../domain/fixtures.ts';

const PEILDATUM = '2020-06-10';
const items = cmsItems(
  [
    entry('maatregelen', 'geheim', { titel: 'Vertrouwelijk besluit over de dagbesteding', samenvatting: 'x', status: 'voorgenomen', doelgroepen: ['ouderen'], verantwoordelijk: 'dmo', zichtbaarheid: 'intern' }),
    entry('maatregelen', 'open', { titel: 'Herstart dagbesteding', samenvatting: 'x', status: 'van kracht', doelgroepen: ['ouderen'], verantwoordelijk: 'dmo', zichtbaarheid: 'publiek' }),
    entry('doelgroepen', 'ouderen', { titel: 'Ouderen', zichtbaarheid: 'publiek' }),
  ],
  PEILDATUM,
);
const vraag = (zichtbaarheid: string) => ({ titel: 'Gaat de dagbesteding open?', status: 'vastgesteld', laatstGecontroleerd: '2020-06-02', doelgroepen: ['ouderen'], maatregelen: ['open', 'geheim'], zichtbaarheid });
const label = (field: readonly (string | number)[]) => fieldLabel('vragen', field);

describe('publicReferenceProblems', () => {
  it('names the internal target by title and the field by its label', () => {
    const problems = publicReferenceProblems('vragen', vraag('publiek'), items, PEILDATUM, label);
    expect(problems).toEqual([
      'Maatregelen 2: "Vertrouwelijk besluit over de dagbesteding" (maatregel) staat niet in de publieke editie: het is intern (zichtbaarheid: intern). Een publiek item mag er niet naar verwijzen: kies een publiek item, haal de verwijzing weg of zet dit item op intern',
    ]);
  });

  it('says nothing for an internal entry', () => {
    expect(publicReferenceProblems('vragen', vraag('intern'), items, PEILDATUM, label)).toEqual([]);
  });
});

describe('textProblems (the checker\'s text rules in the CMS)', () => {
  it('refuses the placeholder answer of a public Q&A, under the body\'s label', () => {
    expect(textProblems('vragen', { ...vraag('publiek'), body: 'Schrijf hier het antwoord.' })).toEqual([
      { field: 'Antwoord', message: expect.stringContaining('is nog de voorbeeldtekst') },
    ]);
  });

  it('refuses code in an .mdx body', () => {
    expect(textProblems('vragen', { ...vraag('intern'), body: 'Stand: {process.env.TOKEN}' }, '.mdx')[0]?.message).toMatch(/MDX-expressie/);
  });

  it('labels nested fields as the form does', () => {
    expect(fieldLabel('routekaarten', ['fasen', 0, 'acties', 1, 'eigenaar'])).toBe('Fasen 1 › Acties 2 › Eigenaar');
  });
});
