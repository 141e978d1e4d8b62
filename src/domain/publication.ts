/** Whether an entry is in the public edition on a given day, since when, from when, or why not; in words for internal pages. */
import type { IsoDate } from '../schemas/index.ts';
import { formatDate } from './dates.ts';
import { whyNotPublic } from './editions.ts';
import type { AnyEntry } from './types.ts';

/** Whether an entry is in the public edition on `date`, since when, from when, or why not. */
export type PublicationState =
  | { kind: 'publiek'; since?: IsoDate }
  | { kind: 'gepland'; from: IsoDate }
  | { kind: 'intern'; reason: string };

export function publicationState(entry: AnyEntry, date: IsoDate): PublicationState {
  const reason = whyNotPublic(entry, date);
  const from = entry.data.publicerenVanaf;
  if (reason === undefined) return { kind: 'publiek', ...(from ? { since: from } : {}) };
  if (from && from > date) {
    // Scheduled: public from that day, unless something else still stands in the way then.
    const then = whyNotPublic(entry, from);
    return then === undefined ? { kind: 'gepland', from } : { kind: 'intern', reason: then };
  }
  return { kind: 'intern', reason };
}

/** The publication state in one sentence, for internal pages. */
export function publicationNotice(state: PublicationState): string {
  switch (state.kind) {
    case 'publiek':
      return state.since ? `Staat ook in de publieksversie, sinds ${formatDate(state.since)}.` : 'Staat ook in de publieksversie (zichtbaarheid: publiek, zonder publicatiedatum).';
    case 'gepland':
      return `Staat nog niet in de publieksversie: wordt gepubliceerd op ${formatDate(state.from)} (publicerenVanaf).`;
    case 'intern':
      return `Staat niet in de publieksversie: ${state.reason}.`;
  }
}
