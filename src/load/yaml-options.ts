/**
 * The YAML parser's options (src/load/source.ts; in a module of their own so that the CMS page
 * can use them without Node's fs). One parser configuration for everyone: YAML 1.2 core schema, so the data holds only strings,
 * numbers, booleans, null, lists and maps (dates stay strings; explicit tags such as `!!timestamp`
 * are not resolved, and source.ts refuses them); no duplicate keys; no `<<` merge keys.
 */
export const YAML_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core', merge: false, resolveKnownTags: false } as const;
