/** Which route changes remount Decap's editor (src/cms/routes.ts, used by admin.ts). */
import { describe, expect, it } from 'vitest';
import { draftMatchesRoute, needsRemount } from '../../src/cms/routes.ts';

describe('needsRemount', () => {
  it('remounts between two entries, across collections, and from an entry to a new one', () => {
    expect(needsRemount('#/collections/vragen/entries/a', '#/collections/vragen/entries/b')).toBe(true);
    expect(needsRemount('#/collections/routekaarten/entries/a', '#/collections/vragen/entries/a')).toBe(true);
    expect(needsRemount('#/collections/vragen/entries/a', '#/collections/vragen/new')).toBe(true);
    expect(needsRemount('#/collections/vragen/new', '#/collections/passages/new')).toBe(true);
  });

  it('keeps the editor for the same entry, a just-saved new entry, a duplicate, and pages that are no editor', () => {
    expect(needsRemount('#/collections/vragen/entries/a', '#/collections/vragen/entries/a')).toBe(false);
    expect(needsRemount('#/collections/vragen/new', '#/collections/vragen/entries/nieuw-item')).toBe(false);
    expect(needsRemount('#/collections/vragen/entries/a', '#/collections/vragen/new?duplicate=true')).toBe(false);
    expect(needsRemount('#/collections/vragen', '#/collections/vragen/entries/a')).toBe(false);
    expect(needsRemount('#/collections/vragen/entries/a', '#/collections/vragen')).toBe(false);
  });
});

describe('draftMatchesRoute', () => {
  it('accepts the entry the address shows, and a new entry under …/new', () => {
    expect(draftMatchesRoute('#/collections/vragen/entries/b', 'vragen', 'b', false)).toBe(true);
    expect(draftMatchesRoute('#/collections/vragen/new', 'vragen', undefined, true)).toBe(true);
  });

  it('refuses a draft of another entry or collection than the address shows', () => {
    expect(draftMatchesRoute('#/collections/vragen/entries/b', 'vragen', 'a', false)).toBe(false);
    expect(draftMatchesRoute('#/collections/vragen/entries/b', 'routekaarten', 'b', false)).toBe(false);
    expect(draftMatchesRoute('#/collections/vragen/new', 'vragen', 'a', false)).toBe(false);
    expect(draftMatchesRoute('#/collections/vragen', 'vragen', 'a', false)).toBe(false);
  });
});
