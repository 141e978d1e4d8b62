/** npm run preview [intern|publiek] [port]: serve a built edition on http://127.0.0.1. */
import path from 'node:path';
import { serveStatic } from '../src/build/serve.ts';

const edition = process.argv[2] ?? 'intern';
const port = Number(process.argv[3] ?? (edition === 'publiek' ? 4322 : 4321));
const server = await serveStatic(path.join(process.env.WEGWIJS_DIST ?? 'dist', edition), port);
console.log(`Editie ${edition}: ${server.url}/ (Ctrl+C stopt)`);
