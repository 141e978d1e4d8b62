/**
 * Rules that span fields or entries and so cannot live in a zod schema: references that must
 * exist (Astro's `reference()` does not fail on a missing id), duplicate ids, date order, status
 * rules, and the public edition's rule that a published entry never points at anything that is
 * not published. Pure: takes entries, returns problems.
 */
import type { IsoDate } from '../schemas/index.ts';
import { whyNotPublic } from './editions.ts';
import { referencesOf } from './references.ts';
import { keyOf, type AnyEntry, type EntryKey, type Problem } from './types.ts';

const SINGULAR: Record<string, string> = {
  maatregelen: 'maatregel',
  doelgroepen: 'doelgroep',
  routekaarten: 'routekaart',
  passages: 'passage',
  vragen: 'vraag',
  bronnen: 'bron',
  organisaties: 'organisatie',
};
export const singular = (collection: string): string => SINGULAR[collection] ?? collection;

function problem(entry: AnyEntry, field: string | undefined, message: string, line?: number): Problem {
  return { file: entry.file ?? `content/${entry.collection}/${entry.id}`, field, message, ...(line ? { line } : {}) };
}

export interface IntegrityOptions {
  /** The date the public selection is computed for (publicerenVanaf). */
  peildatum: IsoDate;
}

export function checkIntegrity(entries: readonly AnyEntry[], options: IntegrityOptions): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<EntryKey, AnyEntry>();

  for (const entry of entries) {
    const key = keyOf(entry);
    const earlier = byKey.get(key);
    if (earlier) {
      problems.push(problem(entry, undefined, `dubbele id "${entry.id}": ${earlier.file ?? key} heeft dezelfde id in ${entry.collection}; geef een van beide een andere bestandsnaam`));
      continue;
    }
    byKey.set(key, entry);
  }

  for (const entry of byKey.values()) {
    for (const ref of referencesOf(entry)) {
      const target = byKey.get(`${ref.collection}/${ref.id}`);
      if (!target) {
        const where = ref.field === 'body' ? `link naar /${ref.collection}/${ref.id}/` : `verwijzing`;
        problems.push(
          problem(entry, ref.field, `${where}: er is geen ${singular(ref.collection)} met id "${ref.id}" (verwacht content/${ref.collection}/${ref.id}.md)`, ref.bodyLine),
        );
      }
    }
    problems.push(...checkEntryRules(entry, byKey));
  }

  problems.push(...checkPublicReferences([...byKey.values()], byKey, options.peildatum));
  return problems;
}

function checkEntryRules(entry: AnyEntry, byKey: Map<EntryKey, AnyEntry>): Problem[] {
  const out: Problem[] = [];
  const order = (field: string, from: IsoDate | undefined, fromName: string, to: IsoDate | undefined, toName: string) => {
    if (from && to && to < from) out.push(problem(entry, field, `${toName} (${to}) ligt vóór ${fromName} (${from})`));
  };

  switch (entry.collection) {
    case 'maatregelen': {
      const d = entry.data;
      order('totEnMet', d.vanKrachtVanaf, 'vanKrachtVanaf', d.totEnMet, 'totEnMet');
      order('vanKrachtVanaf', d.aangekondigdOp, 'aangekondigdOp', d.vanKrachtVanaf, 'vanKrachtVanaf');
      d.statusverloop.forEach((stap, i) => {
        const prev = d.statusverloop[i - 1];
        if (prev && stap.datum < prev.datum) out.push(problem(entry, `statusverloop[${i}].datum`, `het statusverloop moet op datum staan: ${stap.datum} komt na ${prev.datum}`));
      });
      const last = d.statusverloop.at(-1);
      if (last && last.status !== d.status) {
        out.push(problem(entry, 'status', `status is "${d.status}", maar de laatste stap in statusverloop is "${last.status}" (${last.datum})`));
      }
      break;
    }
    case 'routekaarten': {
      const d = entry.data;
      const ids = new Set<string>();
      d.fasen.forEach((fase, f) => {
        order(`fasen[${f}].tot`, fase.van, 'van', fase.tot, 'tot');
        if (fase.id) {
          if (ids.has(fase.id)) out.push(problem(entry, `fasen[${f}].id`, `fase-id "${fase.id}" komt twee keer voor`));
          ids.add(fase.id);
        }
        const prev = d.fasen[f - 1];
        const prevStart = prev?.van ?? prev?.tot;
        const start = fase.van ?? fase.tot;
        if (prevStart && start && start < prevStart) {
          out.push(problem(entry, `fasen[${f}].van`, `fasen moeten op volgorde staan: "${fase.titel}" begint vóór "${prev!.titel}"`));
        }
      });
      break;
    }
    case 'passages':
      out.push(...checkPassageRules(entry, byKey));
      break;
    case 'vragen':
      if (entry.data.publicerenVanaf && entry.data.zichtbaarheid !== 'publiek') {
        out.push(problem(entry, 'publicerenVanaf', 'publicerenVanaf heeft alleen zin bij zichtbaarheid: publiek'));
      }
      break;
    default:
      break;
  }
  return out;
}

/** The approval workflow of passages (issue: approved passages advisers can rely on). */
export function checkPassageRules(entry: Extract<AnyEntry, { collection: 'passages' }>, byKey: Map<EntryKey, AnyEntry>): Problem[] {
  const out: Problem[] = [];
  const d = entry.data;
  if (d.status === 'vastgesteld') {
    if (!d.vastgesteldOp) out.push(problem(entry, 'vastgesteldOp', 'een vastgestelde passage heeft een datum van vaststelling nodig (vastgesteldOp)'));
    if (!d.vastgesteldDoor) out.push(problem(entry, 'vastgesteldDoor', 'een vastgestelde passage noemt wie hem vaststelde (vastgesteldDoor, een functie, geen naam)'));
  } else if (d.status === 'concept' || d.status === 'ter afstemming') {
    if (d.vastgesteldOp || d.vastgesteldDoor) {
      out.push(problem(entry, d.vastgesteldOp ? 'vastgesteldOp' : 'vastgesteldDoor', `een passage met status "${d.status}" is nog niet vastgesteld: haal vastgesteldOp en vastgesteldDoor weg of zet de status op vastgesteld`));
    }
  }
  if (d.status === 'vervallen') {
    if (!d.vervangenDoor && !d.redenVervallen) {
      out.push(problem(entry, 'status', 'een vervallen passage noemt de opvolger (vervangenDoor) of de reden (redenVervallen)'));
    }
  } else if (d.vervangenDoor) {
    out.push(problem(entry, 'vervangenDoor', `alleen een vervallen passage heeft een opvolger; deze heeft status "${d.status}"`));
  }

  if (d.vervangenDoor) {
    if (d.vervangenDoor === entry.id) {
      out.push(problem(entry, 'vervangenDoor', 'een passage kan niet door zichzelf vervangen worden'));
      return out;
    }
    // Walk the chain of successors: it must end, not loop.
    const seen = [entry.id];
    let next: string | undefined = d.vervangenDoor;
    while (next) {
      if (seen.includes(next)) {
        out.push(problem(entry, 'vervangenDoor', `de keten van opvolgers loopt rond: ${[...seen, next].join(' → ')}`));
        break;
      }
      seen.push(next);
      const successor = byKey.get(`passages/${next}`);
      if (!successor || successor.collection !== 'passages') break;
      next = successor.data.vervangenDoor;
    }
    const successor = byKey.get(`passages/${d.vervangenDoor}`);
    if (successor?.collection === 'passages' && successor.data.status !== 'vastgesteld' && successor.data.status !== 'vervallen' && !d.vervangingNogNietVastgesteld) {
      out.push(
        problem(entry, 'vervangenDoor', `de opvolger "${successor.id}" is nog niet vastgesteld (status: ${successor.data.status}); zet vervangingNogNietVastgesteld: true als dat bewust is`),
      );
    }
  }
  return out;
}

/**
 * The public edition never links to, names or lists an entry outside it: a published entry whose
 * references (frontmatter or body link) point at an entry that is not published stops the build.
 */
function checkPublicReferences(entries: AnyEntry[], byKey: Map<EntryKey, AnyEntry>, peildatum: IsoDate): Problem[] {
  const out: Problem[] = [];
  for (const entry of entries) {
    if (whyNotPublic(entry, peildatum) !== undefined) continue;
    for (const ref of referencesOf(entry)) {
      const target = byKey.get(`${ref.collection}/${ref.id}`);
      if (!target) continue; // reported as a missing reference
      const why = whyNotPublic(target, peildatum);
      if (why) {
        out.push(
          problem(
            entry,
            ref.field,
            `publieke ${singular(entry.collection)} "${entry.id}" verwijst naar ${singular(target.collection)} "${target.id}", maar dat is niet publiek: ${why}. Maak "${target.id}" publiek of haal de verwijzing weg`,
            ref.bodyLine,
          ),
        );
      }
    }
  }
  return out;
}
