/**
 * rehype plugin: sanitise an entry body's HTML against an allow-list (rehype-sanitize's
 * GitHub-style schema, extended with what the Wegwijs plugins emit). A published entry's text
 * is trusted for what it says, never for what it could execute.
 *
 * @example
 *   unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeSanitizeEntry)
 */
export { rehypeSanitizeEntry, rehypeSanitizeEntry as default } from './lib/index.ts';
export { entrySchema, SAFE_PROTOCOLS, REMOVED_ELEMENTS } from './lib/schema.ts';
