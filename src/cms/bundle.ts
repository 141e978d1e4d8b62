/**
 * Decap CMS's prebuilt bundle, served by Wegwijs itself at /beheer/ (no CDN): the main script
 * `decap-cms.js`, the chunks it loads next to itself, its WebAssembly and its licence notice.
 * Source maps stay out.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function bundleDir(): string {
  return path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
}

export const BUNDLE_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The bundle's files (names only, all directly in its dist folder). */
export function bundleFiles(): string[] {
  return readdirSync(bundleDir())
    .filter((name) => /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(name))
    .sort();
}

export async function bundleFile(name: string): Promise<Response> {
  if (!bundleFiles().includes(name)) return new Response(null, { status: 404 });
  const bytes = await readFile(path.join(bundleDir(), name));
  return new Response(bytes, { headers: { 'Content-Type': BUNDLE_TYPES[path.extname(name)] ?? 'application/octet-stream' } });
}
