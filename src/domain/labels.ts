/** Dutch names of collections (`inTekst`: the singular as used inside a sentence), used in navigation, headings, search filters and exports. */
import type { CollectionName } from '../schemas/index.ts';

export const COLLECTION_LABELS: Record<CollectionName, { meervoud: string; enkelvoud: string; inTekst: string; omschrijving: string }> = {
  routekaarten: { meervoud: 'Routekaarten', enkelvoud: 'Routekaart', inTekst: 'routekaart', omschrijving: 'Fasen, data, acties en eigenaren per kwetsbare doelgroep.' },
  maatregelen: { meervoud: 'Maatregelen', enkelvoud: 'Maatregel', inTekst: 'maatregel', omschrijving: 'Wat er geldt, voor wie, vanaf wanneer en op grond waarvan.' },
  doelgroepen: { meervoud: 'Doelgroepen', enkelvoud: 'Doelgroep', inTekst: 'doelgroep', omschrijving: 'De groepen mensen die de maatregelen raken.' },
  passages: { meervoud: 'Passages', enkelvoud: 'Passage', inTekst: 'passage', omschrijving: 'Vastgestelde tekst voor Kamerbrieven en spreekteksten.' },
  vragen: { meervoud: 'Vragen en antwoorden', enkelvoud: 'Vraag en antwoord', inTekst: 'vraag', omschrijving: 'Antwoorden op veelgestelde vragen.' },
  bronnen: { meervoud: 'Bronnen', enkelvoud: 'Bron', inTekst: 'bron', omschrijving: 'De documenten waarop de kennis rust.' },
  organisaties: { meervoud: 'Organisaties', enkelvoud: 'Organisatie', inTekst: 'organisatie', omschrijving: 'Directies en partners: eigenaren van acties en afstemmingspartijen.' },
};

/** Navigation order per edition. */
export const NAV_ORDER: readonly CollectionName[] = ['routekaarten', 'maatregelen', 'doelgroepen', 'passages', 'vragen', 'bronnen', 'organisaties'];
