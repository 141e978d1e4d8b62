/** Hostile content shared by the checker's and the build's hostile-input tests. */
import { minimalContent, writeTree } from '../helpers.ts';

export const vraag = (frontmatter: string, body = 'Antwoord.') => `---\ntitel: Een vraag over bezoek?\nstatus: concept\nlaatstGecontroleerd: 2020-06-02\n${frontmatter}---\n${body}\n`;

/** "Billion laughs": 9^7 ≈ 4.8 million strings from 8 lines. */
export const aliasBomb = (() => {
  const lines = ['lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 7; i++) lines.push(`lol${i}: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
})();

/** The minimal valid corpus under content/, plus `files`, in a fresh temporary folder. */
export function corpus(files: Record<string, string | Uint8Array>): string {
  return writeTree({ ...Object.fromEntries(Object.entries(minimalContent()).map(([k, v]) => [`content/${k}`, v])), ...files });
}
