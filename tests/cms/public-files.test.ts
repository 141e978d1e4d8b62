/** The public edition's file check refuses the CMS, even when a page would link it. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITION_PROFILES } from '../../src/domain/editions.ts';
import { formatFileProblems, verifyPublicFiles } from '../../src/verify/files.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-cms-files-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('/beheer/ in the public edition', () => {
  it('only the internal edition has the CMS', () => {
    expect(EDITION_PROFILES.intern.cms).toBe(true);
    expect(EDITION_PROFILES.publiek.cms).toBe(false);
  });

  it('is refused by the file check, linked or not', async () => {
    const dir = tree({
      'index.html': '<a href="/beheer/">beheer</a>',
      'beheer/index.html': '<script src="/beheer/decap-cms.js"></script>',
      'beheer/decap-cms.js': 'window.CMS = {};',
    });
    const { problems } = await verifyPublicFiles(dir, undefined, { base: '/', site: 'https://wegwijs.example.nl' });
    expect(problems.map((p) => [p.file, p.reason]).sort()).toEqual([['beheer/decap-cms.js', 'staff-only'], ['beheer/index.html', 'staff-only']]);
    expect(formatFileProblems(problems)).toContain('hoort alleen in de interne editie');
  });
});
