/** Dutch names of collections, used in navigation, headings, search filters and exports. */
import type { CollectionName } from '../schemas/index.ts';

export const COLLECTION_LABELS: Record<CollectionName, { meervoud: string; enkelvoud: string; omschrijving: string }> = {
  routekaarten: { meervoud: 'Routekaarten', enkelvoud: 'Routekaart', omschrijving: 'Fasen, data, acties en eigenaren per kwetsbare doelgroep.' },
  maatregelen: { meervoud: 'Maatregelen', enkelvoud: 'Maatregel', omschrijving: 'Wat er geldt, voor wie, vanaf wanneer en op grond waarvan.' },
  doelgroepen: { meervoud: 'Doelgroepen', enkelvoud: 'Doelgroep', omschrijving: 'De groepen mensen die de maatregelen raken.' },
  passages: { meervoud: 'Passages', enkelvoud: 'Passage', omschrijving: 'Vastgestelde tekst voor Kamerbrieven en spreekteksten.' },
  vragen: { meervoud: 'Vragen en antwoorden', enkelvoud: 'Vraag en antwoord', omschrijving: 'Antwoorden op veelgestelde vragen.' },
  bronnen: { meervoud: 'Bronnen', enkelvoud: 'Bron', omschrijving: 'De documenten waarop de kennis rust.' },
  organisaties: { meervoud: 'Organisaties', enkelvoud: 'Organisatie', omschrijving: 'Directies en partners: eigenaren van acties en afstemmingspartijen.' },
};

/** Navigation order per edition. */
export const NAV_ORDER: readonly CollectionName[] = ['routekaarten', 'maatregelen', 'doelgroepen', 'passages', 'vragen', 'bronnen', 'organisaties'];
