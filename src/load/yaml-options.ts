/**
 * The YAML parser's options (src/load/source.ts; in a module of their own so that the CMS page
 * can use them without Node's fs). One parser configuration for everyone: YAML 1.2 core schema, so the data holds only strings,
 * numbers, booleans, null, lists and maps (dates stay strings; explicit tags such as `!!timestamp`
 * are not resolved, and source.ts refuses them); no duplicate keys; no `<<` merge keys.
 */
export const YAML_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core', merge: false, resolveKnownTags: false } as const;

/**
 * The YAML parser's message in Dutch, with the fix. `line` is the frontmatter line the error is on.
 * Unknown codes keep the parser's English text, marked as such.
 */
export function yamlMessage(code: string, message: string, line = ''): string {
  const first = message.split('\n')[0] ?? message;
  // `titel: Vraag: mag ik?`: a second ": " inside an unquoted value.
  const colon = /^(\s*(?:-\s+)?)([^\s:#"'][^:#]*?):\s+([^"'\s].*:\s.*?)\s*$/.exec(line);
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'een sleutel staat er twee keer in';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (colon) {
        const [, , key, value] = colon;
        return `de waarde van ${key} bevat een dubbele punt met een spatie erna; zet de ${key} tussen aanhalingstekens: ${key}: "${value!.replace(/"/g, '\\"')}"`;
      }
      return 'een sleutel moet op één regel staan, gevolgd door een dubbele punt en een spatie; controleer de inspringing (spring een regel alleen in onder een lijst of een veld met velden)';
    case 'TAB_AS_INDENT':
      return 'spring in met spaties, niet met tabs';
    case 'UNEXPECTED_TOKEN':
      return 'er staat tekst na een waarde die al af is (bijvoorbeeld na het sluitende aanhalingsteken); zet de hele waarde tussen aanhalingstekens';
    case 'BAD_SCALAR_START':
      return 'een waarde die met @, ` of een ander gereserveerd teken begint, moet tussen aanhalingstekens';
    case 'MISSING_CHAR':
      return 'er ontbreekt een afsluitend teken: een aanhalingsteken, ] of }; of er staat een sleutel zonder dubbele punt';
    case 'BAD_INDENT':
      return 'de inspringing klopt niet; velden van hetzelfde niveau beginnen in dezelfde kolom';
    default:
      return `${first} (melding van de YAML-lezer; controleer inspringing, dubbele punten en aanhalingstekens)`;
  }
}
