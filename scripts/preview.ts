/**
 * npm run preview [intern|publiek] [port]: serve a built edition on http://127.0.0.1, under
 * WEGWIJS_BASE when it was built for a sub-path (set the same WEGWIJS_BASE as for the build).
 */
import path from 'node:path';
import { serveStatic } from '../tools/serve.ts';
import { scriptConfig } from '../src/config.ts';
import { EDITIONS, EDITION_PROFILES, isEdition } from '../src/domain/editions.ts';

const edition = process.argv[2] ?? 'intern';
if (!isEdition(edition)) {
  console.error(`Onbekende editie "${edition}": kies ${EDITIONS.join(' of ')}.`);
  process.exit(1);
}
const port = Number(process.argv[3] ?? EDITION_PROFILES[edition].previewPort);
const { base, dist } = scriptConfig();
const server = await serveStatic(path.join(dist, edition), port, { base });
console.log(`Editie ${edition}: ${server.url}${base} (Ctrl+C stopt)`);
