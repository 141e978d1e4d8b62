/**
 * The checker's text rule: every rule on an entry's own text (src/check/entry-rules.ts, shared
 * with the CMS: code in `.mdx`, unknown Woo grounds, unsafe HTML and links, body size,
 * placeholders, empty text and personal data in public entries), plus one that needs the file as
 * written: a reference that still carries the `# kies:` comment of `npm run nieuw` in a public
 * entry (the CMS never writes comments).
 */
import { isPair, isScalar, visit } from 'yaml';
import { CHOOSE_COMMENT } from './placeholders.ts';
import { isMarkedPublic } from '../domain/editions.ts';
import type { Problem } from '../domain/types.ts';
import { entryTextProblems } from './entry-rules.ts';
import type { TextRule } from './validate.ts';

export const entryText: TextRule = (_entry, source) => {
  const out: Problem[] = entryTextProblems({ collection: source.collection, data: source.data, body: source.body, ext: source.ext }).map((p) => ({ file: source.file, at: p.at, message: p.message }));
  if (isMarkedPublic(source.data)) {
    visit(source.frontmatter, {
      Pair(_key, pair, path) {
        const value = pair.value as { comment?: string | null } | null;
        if (!value?.comment?.trim().startsWith(CHOOSE_COMMENT) || !isScalar(pair.key)) return;
        const field = [...path.filter((n) => isPair(n)).map((n) => String((n as { key: { value: unknown } }).key.value)), String(pair.key.value)];
        out.push({ file: source.file, at: { field }, message: `staat nog op de voorbeeldwaarde van een nieuw item ("# ${value.comment.trim()}"); kies de juiste en haal het commentaar weg (dit item staat in de publieke editie)` });
      },
    });
  }
  return out;
};
