/**
 * The CMS's "Importeren" (issue 30) under `npm run beheer`: POST /__wegwijs/importeer with the
 * file's bytes as the body, its name in `?bestand=`, and optionally `soort` (brief, verslag,
 * routekaart), `routekaart`, `fase`, `doelgroep` and `datum`: the options of the command. It runs the same importer as `npm run importeer` (src/import/index.ts: detect, convert, plan,
 * check, write all or nothing) on the dev server's content folder, and answers with the report
 * as JSON: `{ report }`, or `{ refused }` (Dutch, status 422) when the file is refused and nothing
 * was written.
 *
 * Only Astro's dev server registers this (src/cms/integration.ts, `astro:server:setup`): a built
 * edition has no server and no such route. The dev server listens on 127.0.0.1, but a page of any
 * other site open in the author's browser could still post to it; requests from another origin
 * are refused (the file must come from the CMS page itself).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_LIMITS, ImportRefused } from '../import/detect.ts';
import type { ImportKind, ImportReport } from '../import/report.ts';

export { IMPORT_ENDPOINT } from './import-view.ts';

const KINDS: readonly ImportKind[] = ['brief', 'verslag', 'routekaart'];

export type ImportAnswer = { report: ImportReport } | { refused: string };

/** Whether the request comes from a page of this same server (Origin, or else Referer, names its host). */
export function sameOrigin(headers: IncomingMessage['headers']): boolean {
  const host = headers.host;
  const from = headers.origin ?? headers.referer;
  if (!host || !from) return false;
  try {
    return new URL(from).host === host;
  } catch {
    return false;
  }
}

/** The request body, refused (ImportRefused) as soon as it passes `limit` bytes. */
function readBody(req: IncomingMessage, limit: number, name: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.destroy();
        const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
        reject(new ImportRefused(`${name}: het bestand is groter dan ${mb(limit)}, de grens. Splits het document of importeer alleen het deel dat je nodig hebt.`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: ImportAnswer): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * The importer's messages name the command's options (`--doelgroep <id>`); on the page they are
 * the fields under "Meer keuzes".
 */
export function forTheForm(message: string): string {
  return message
    .replace(/--routekaart <id> --fase <fase-id>/g, 'de velden Routekaart en Fase (onder "Meer keuzes")')
    .replace(/--fase (.+?) zonder --routekaart/g, 'Fase "$1" zonder routekaart')
    .replace(/--doelgroep <id>/g, 'het veld Doelgroep (onder "Meer keuzes")')
    .replace(/--datum JJJJ-MM-DD/g, 'het veld Datum (onder "Meer keuzes")')
    .replace(/--routekaart\b/g, 'het veld Routekaart')
    .replace(/--datum\b/g, 'het veld Datum');
}

export async function handleImport(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') {
    res.statusCode = 405;
    res.setHeader('Allow', 'POST');
    res.end();
    return;
  }
  if (!sameOrigin(req.headers)) {
    answer(res, 403, { refused: 'Importeren kan alleen vanaf de beheerpagina van deze computer (/intern/beheer/importeren/).' });
    return;
  }
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  // Only the name's last part: it names the file in the report and decides nothing about where anything is written.
  const name = (query.get('bestand') ?? '').split(/[\\/]/).pop()?.trim() ?? '';
  const soort = query.get('soort') || undefined;
  const routekaart = query.get('routekaart') || undefined;
  const fase = query.get('fase') || undefined;
  const doelgroep = query.get('doelgroep') || undefined;
  const datum = query.get('datum') || undefined;
  try {
    if (!name) throw new ImportRefused('Kies eerst een bestand (.docx, .html of .xml).');
    if (soort !== undefined && !(KINDS as readonly string[]).includes(soort)) throw new ImportRefused(`Onbekende soort "${soort}"; kies brief, verslag of routekaart.`);
    if (datum !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(datum)) throw new ImportRefused(`Datum "${datum}" is geen datum; kies een dag.`);
    const bytes = await readBody(req, DEFAULT_LIMITS.maxFileBytes, name);
    const [{ importDocument }, config, { today }] = await Promise.all([import('../import/index.ts'), import('../config.ts'), import('../domain/dates.ts')]);
    const report = await importDocument({
      file: name,
      bytes,
      ...(soort ? { kind: soort as ImportKind } : {}),
      ...(routekaart ? { routekaart } : {}),
      ...(fase ? { fase } : {}),
      ...(doelgroep ? { doelgroepen: [doelgroep] } : {}),
      ...(datum ? { date: datum } : {}),
      contentDir: config.contentDir(),
      today: today(),
      peildatum: config.referenceDate(),
    });
    answer(res, 200, { report });
  } catch (error) {
    if (error instanceof ImportRefused) {
      answer(res, 422, { refused: forTheForm(error.message) });
      return;
    }
    res.statusCode = 500;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ refused: `De import liep vast op een fout in Wegwijs zelf; meld dit aan de beheerder van Wegwijs: ${error instanceof Error ? error.message : String(error)}` }));
  }
}
