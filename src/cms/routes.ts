/** Decap's hash routes, read by the CMS page's script (src/cms/admin.ts). Pure, for tests. */

/** The entry an editor route shows: `collection/id`, `collection/+new`, or undefined for other pages. */
export function editorTarget(hash: string): { collection: string; entry: string | undefined; duplicate: boolean } | undefined {
  const match = /^#\/collections\/([^/?#]+)\/(?:new|entries\/([^?#]+))(\?[^#]*)?$/.exec(hash);
  if (!match) return undefined;
  return { collection: match[1]!, entry: match[2] === undefined ? undefined : decodeURIComponent(match[2]), duplicate: /[?&]duplicate=true\b/.test(match[3] ?? '') };
}

/**
 * Whether going from one hash route to another must remount Decap's editor. Decap 3 loads an
 * entry only when its editor mounts (Editor.componentDidMount → loadEntry); a route change from
 * one editor to another (a link to another entry, the address bar, the browser's back button)
 * keeps the editor, and with it the previous entry's draft, path included: the form showed A's
 * fields under B's labels and a save wrote into A's file (issue 27; upstream decap-cms#4147).
 * Not a remount: a new entry that was just saved (`…/new` → `…/entries/<id>` in the same
 * collection, Decap's own navigation) and a duplicate (`…/new?duplicate=true`, whose draft is
 * the copy).
 */
export function needsRemount(from: string, to: string): boolean {
  const before = editorTarget(from);
  const after = editorTarget(to);
  if (!before || !after) return false;
  if (before.collection === after.collection && before.entry === after.entry) return false;
  if (before.entry === undefined && after.entry !== undefined && before.collection === after.collection) return false;
  if (after.duplicate) return false;
  return true;
}

/**
 * Whether the entry Decap is about to save is the one the address shows: the second line behind
 * the remount (a draft of entry A under B's route is refused instead of written into A's file).
 * A new entry (no slug yet) belongs to a `…/new` route of its collection.
 */
export function draftMatchesRoute(hash: string, collection: string, slug: string | undefined, newRecord: boolean): boolean {
  const route = editorTarget(hash);
  if (!route) return false;
  if (route.collection !== collection) return false;
  if (newRecord) return route.entry === undefined;
  return route.entry === slug;
}
