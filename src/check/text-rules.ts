/**
 * The remark plugins' rules, run by the checker on raw bodies so that authors get
 * `path:line` messages before any build: unknown Woo grounds in every entry, personal data in
 * entries that are public.
 */
import { findPersonalData } from '../markdown/remark-privacy-guard/index.ts';
import { findRedactions } from '../domain/redactions.ts';
import type { Problem } from '../domain/types.ts';
import type { SourceFile } from './load.ts';
import type { TextRule } from './validate.ts';

/** The body line (1-based, within the body) of an offset in the body. */
function bodyLineAt(source: SourceFile, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (source.body.charCodeAt(i) === 10) line++;
  return line;
}

export const wooGrounds: TextRule = (_entry, source) => {
  const out: Problem[] = [];
  for (const match of findRedactions(source.body)) {
    if (match.ground) continue;
    out.push({
      file: source.file,
      at: { bodyLine: bodyLineAt(source, match.start) },
      message: `onbekende Woo-grond "${match.raw}": gebruik een grond uit artikel 5.1 of 5.2 Woo, of artikel 10 of 11 Wob`,
    });
  }
  return out;
};

export const privacyGuard: TextRule = (entry, source) => {
  if (entry.data.zichtbaarheid !== 'publiek') return [];
  return findPersonalData(source.body).map((match) => ({ file: source.file, at: { bodyLine: bodyLineAt(source, match.start) }, message: match.message }));
};
