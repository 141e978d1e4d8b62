/**
 * One page of every template of each edition of the example build (reference date 2020-05-26):
 * the pages the reflow, focus and screenshot checks visit.
 */
import type { Edition } from '../../src/domain/editions.ts';

export const TEMPLATES: Readonly<Record<Edition, readonly string[]>> = {
  intern: [
    '/', '/routekaarten/', '/routekaarten/herstart-dagbesteding/', '/routekaarten/continuiteit-van-zorg-maart-2020/',
    '/routekaarten/herstart-dagbesteding/versies/', '/routekaarten/herstart-dagbesteding/versies/0-8/',
    '/maatregelen/', '/maatregelen/herstart-dagbesteding/', '/doelgroepen/', '/doelgroepen/mantelzorgers/',
    '/passages/', '/passages/dagbesteding-in-de-wijk/', '/passages/clientondersteuning-voornemen-2016/',
    '/vragen/', '/vragen/doelgroep/mantelzorgers/', '/vragen/dagbesteding-weer-open-vanaf-1-juni/', '/bronnen/', '/bronnen/kamerbrief-voortgang-wmo-2015-2016/',
    '/organisaties/', '/organisaties/dmo/', '/tijdlijn/', '/tijdlijn/2020-06/', '/tijdlijn/2020-06-01/',
    '/komende-weken/', '/acties/', '/acties/dmo/', '/acties/doelgroep/clienten-dagbesteding/', '/acties/eigenaren/',
    '/briefings/mantelzorgers/', '/briefings/mantelzorgers/datums/', '/wat-is-er-veranderd/', '/open-data/', '/zoeken/', '/zoeken/?q=dagbesteding', '/bestaat-niet/',
    '/toegankelijkheid/',
    // What changed since the last meeting (briefing pack with a route map); versions of a passage.
    '/briefings/clienten-dagbesteding/', '/passages/herstart-dagbesteding-1-juni/versies/',
  ],
  publiek: [
    '/', '/vragen/', '/vragen/doelgroep/mantelzorgers/', '/vragen/dagbesteding-weer-open-vanaf-1-juni/', '/maatregelen/', '/maatregelen/herstart-dagbesteding/',
    '/doelgroepen/', '/doelgroepen/mantelzorgers/', '/bronnen/', '/organisaties/', '/organisaties/dmo/', '/tijdlijn/', '/tijdlijn/2020-06/',
    '/wat-is-er-veranderd/', '/open-data/', '/over/', '/zoeken/', '/zoeken/?q=dagbesteding', '/bestaat-niet/',
    '/toegankelijkheid/', '/contact/',
  ],
};

export const WIDTHS = [320, 390, 1280] as const;
