/**
 * The calendars of an edition (src/data/calendars.ts): `/agenda.ics` (its key dates), one per
 * target group (`/doelgroepen/<id>/agenda.ics`, beside its page) and, in editions whose
 * calendars hold action deadlines, one per organisation (the deadlines of the actions it owns).
 */
import { editionEvents, icsFor, organisationEvents, targetGroupEvents } from '../data/calendars.ts';
import { defineOutput, single } from './output.ts';

const ics = { type: 'text/calendar', match: '.ics' } as const;

export const editionCalendar = defineOutput({
  name: 'agenda',
  ...ics,
  files: () => single('agenda.ics'),
  render: (site, _, { origin }) =>
    icsFor(site, editionEvents(site), { name: 'Wegwijs: belangrijke data', description: 'Wanneer maatregelen ingaan en aflopen, en wat verder gepland staat.', page: site.timeline.events.length > 0 ? 'tijdlijn/' : '' }, origin),
});

export const targetGroupCalendar = defineOutput({
  name: 'agenda per doelgroep',
  ...ics,
  files: (site) => site.of('doelgroepen').map((entry) => ({ path: `doelgroepen/${entry.id}/agenda.ics`, props: entry })),
  render: (site, entry, { origin }) =>
    icsFor(site, targetGroupEvents(site, entry.id), { name: `Wegwijs: ${entry.data.titel}`, description: `Belangrijke data voor ${entry.data.titel.toLowerCase()}.`, page: `doelgroepen/${entry.id}/` }, origin),
});

export const organisationCalendar = defineOutput({
  name: 'agenda per organisatie',
  ...ics,
  editions: (profile) => profile.calendarKinds.includes('actie-deadline'),
  files: (site) => site.of('organisaties').map((entry) => ({ path: `organisaties/${entry.id}/agenda.ics`, props: entry })),
  render: (site, entry, { origin }) =>
    icsFor(site, organisationEvents(site, entry.id), { name: `Wegwijs: acties van ${entry.data.titel}`, description: `Deadlines van acties waarvan ${entry.data.titel} eigenaar is.`, page: `organisaties/${entry.id}/` }, origin),
});
