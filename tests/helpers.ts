/** Test helpers: temporary content folders and running the project's own scripts. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { brotliDecompressSync, crc32, deflateSync, gunzipSync } from 'node:zlib';

export const ROOT = path.resolve(import.meta.dirname, '..');

export function tempDir(prefix = 'wegwijs-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Writes files (path → text or bytes) under a fresh temporary folder and returns it. */
export function writeTree(files: Record<string, string | Uint8Array>, dir = tempDir()): string {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/**
 * `npm run check` on the minimal content plus `files` (paths from the repository root, e.g.
 * `content/vragen/x.md`), in-process: `checkCommand` is what scripts/check.ts writes out, so code,
 * stdout and stderr are the command's. The command itself, as a process, is tested in
 * tests/check/check.test.ts.
 */
export async function checkContent(files: Record<string, string | Uint8Array>, peildatum = '2020-06-10') {
  const { checkCommand } = await import('../src/check/index.ts');
  const dir = writeTree({ ...Object.fromEntries(Object.entries(minimalContent()).map(([k, v]) => [`content/${k}`, v])), ...files });
  const { code, stdout, stderr } = await checkCommand({ contentDir: path.join(dir, 'content'), peildatum });
  return { code, stdout, stderr, output: stdout + stderr, dir };
}

export function runScript(script: string, env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** The themes of the minimal corpus: one, used by its desk (content/_vocabulaires/themas.yml). */
export const MINIMAL_THEMAS = '- waarde: dagbesteding\n  label: Dagbesteding\n  omschrijving: Dagbesteding en dagactiviteiten voor ouderen en mensen met een beperking.\n';

/** The required pages (toegankelijkheid, privacy, contact) of the example, as files under content/. */
export function sitePagesContent(): Record<string, string> {
  return {
    ...Object.fromEntries(['toegankelijkheid', 'privacy', 'contact'].map((id) => [`_paginas/${id}.md`, readFileSync(path.join(ROOT, 'content', '_paginas', `${id}.md`), 'utf8')])),
    // The vocabularies: the example's kinds of organisation, and one theme (used by the desk below).
    '_vocabulaires/organisatiesoorten.yml': readFileSync(path.join(ROOT, 'content', '_vocabulaires', 'organisatiesoorten.yml'), 'utf8'),
    '_vocabulaires/themas.yml': MINIMAL_THEMAS,
    // "Waar kunt u terecht" for the minimal corpus's one target group.
    '_paginas/loketten.yaml': '- naam: Informatie Rijksoverheid\n  omschrijving: Algemene vragen over de coronamaatregelen.\n  telefoon: "1400"\n  doelgroepen: [ouderen]\n  themas: [dagbesteding]\n',
  };
}

/** A minimal valid knowledge base, as frontmatter files (with the required pages). */
export function minimalContent(): Record<string, string> {
  return {
    ...sitePagesContent(),
    'organisaties/dmo.md': '---\ntitel: Directie Maatschappelijke Ondersteuning\nafkorting: DMO\nsoort: directie\nzichtbaarheid: publiek\n---\n',
    'doelgroepen/ouderen.md': '---\ntitel: Ouderen\nsynoniemen: [senioren]\nzichtbaarheid: publiek\n---\nOuderen die thuis wonen.\n',
    'maatregelen/herstart-dagbesteding.md': [
      '---',
      'titel: Herstart dagbesteding',
      'samenvatting: Iedereen krijgt vanaf 1 juni weer een vorm van dagbesteding.',
      'status: van kracht',
      'vanKrachtVanaf: 2020-06-01',
      'doelgroepen: [ouderen]',
      'verantwoordelijk: dmo',
      'zichtbaarheid: publiek',
      '---',
      'De dagbesteding gaat weer open.',
      '',
    ].join('\n'),
    'vragen/gaat-de-dagbesteding-open.md': [
      '---',
      'titel: Gaat de dagbesteding weer open?',
      'status: vastgesteld',
      'laatstGecontroleerd: 2020-06-02',
      'doelgroepen: [ouderen]',
      'maatregelen: [herstart-dagbesteding]',
      'zichtbaarheid: publiek',
      '---',
      'Ja. Vanaf 1 juni 2020 krijgt iedereen weer een vorm van dagbesteding.',
      '',
    ].join('\n'),
  };
}

/** A real PNG of 4×4 pixels in one colour. */
export function png(r: number, g: number, b: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.from([0, ...Array.from({ length: 4 }, () => [r, g, b]).flat()]);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat([row, row, row, row]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * An `.mdx` body with code planted on body lines 1, 3, 5, 7 and 9 (file lines 8–16 after a
 * seven-line frontmatter): an environment variable, an import, an export, a `{…}` attribute value
 * and an undefined component.
 */
export const PLANTED_MDX = [
  'Stand: {process.env.WEGWIJS_TEST_SECRET}', // 8
  '', // 9
  "import fs from 'node:fs'", // 10
  '', // 11
  'export const geheim = 1', // 12
  '', // 13
  '<a href={"https://example.nl/" + 1}>link</a>', // 14
  '', // 15
  '<Waarschuwing>Let op.</Waarschuwing>', // 16
].join('\n');

/** An HTTP response as sent: status, headers and the undecoded body. */
export interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET without any decoding (node:http, unlike fetch, leaves the body as sent). */
export function get(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The body as the client reads it, after the Content-Encoding nginx declared. */
export function decoded(response: Raw): Buffer {
  const encoding = response.headers['content-encoding'];
  return encoding === 'br' ? brotliDecompressSync(response.body) : encoding === 'gzip' ? gunzipSync(response.body) : response.body;
}

/**
 * The site's HTML pages in one edition of a built dist (paths relative to the edition), without
 * the CMS page (`beheer/index.html`: Decap's own application, without the site's chrome).
 */
export function editionHtmlPages(dist: string, edition: string): string[] {
  const root = path.join(dist, edition);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
    .filter((file) => file !== 'beheer/index.html');
}

/** Every file under `dir` with a hash of its bytes: to prove that nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return files;
}
