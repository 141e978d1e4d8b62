/** npm run preview [intern|publiek] [port]: serve a built edition on http://127.0.0.1. */
import path from 'node:path';
import { serveStatic } from '../src/build/serve.ts';
import { EDITIONS, EDITION_PROFILES, isEdition } from '../src/domain/editions.ts';

const edition = process.argv[2] ?? 'intern';
if (!isEdition(edition)) {
  console.error(`Onbekende editie "${edition}": kies ${EDITIONS.join(' of ')}.`);
  process.exit(1);
}
const port = Number(process.argv[3] ?? EDITION_PROFILES[edition].previewPort);
const server = await serveStatic(path.join(process.env.WEGWIJS_DIST ?? 'dist', edition), port);
console.log(`Editie ${edition}: ${server.url}/ (Ctrl+C stopt)`);
