/**
 * The Node file server behind preview, pdf and the benchmark (tools/serve.ts `serveStatic`: sirv
 * with what deploy/nginx adds around it), on a small edition folder on loopback.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployHeaders, serveStatic, type StaticServer } from '../../tools/serve.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wegwijs-serve-'));
  await mkdir(path.join(dir, 'vragen', 'wat-is-dagbesteding'), { recursive: true });
  await mkdir(path.join(dir, '_astro'));
  await writeFile(path.join(dir, 'index.html'), '<h1>Wegwijs</h1>');
  await writeFile(path.join(dir, '404.html'), '<h1>Pagina niet gevonden</h1>');
  await writeFile(path.join(dir, 'vragen', 'wat-is-dagbesteding', 'index.html'), '<h1>Wat is dagbesteding?</h1>');
  await writeFile(path.join(dir, '_astro', 'zoeken.abc.js'), 'export {};');
  await writeFile(path.join(dir, 'agenda.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const get = (server: StaticServer, url: string) => fetch(`${server.url}${url}`, { redirect: 'manual' });

describe('serveStatic', () => {
  it('serves files with their type, index.html for a folder, and counts the bytes', async () => {
    const server = await serveStatic(dir);
    try {
      const page = await get(server, '/vragen/wat-is-dagbesteding/');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html;\s*charset=utf-8$/);
      expect(await page.text()).toBe('<h1>Wat is dagbesteding?</h1>');
      const script = await get(server, '/_astro/zoeken.abc.js');
      expect(script.headers.get('content-type')).toBe('text/javascript');
      await script.text();
      expect((await get(server, '/agenda.ics')).headers.get('content-type')).toBe('text/calendar; charset=utf-8'); // the output registry's type, as deploy/nginx/outputs.conf sends it
      expect(server.bytesSent()).toBe('<h1>Wat is dagbesteding?</h1>'.length + 'export {};'.length + 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'.length);
      server.resetBytes();
      expect(server.bytesSent()).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('redirects a folder without its slash, and answers a missing path with 404.html and status 404', async () => {
    const server = await serveStatic(dir);
    try {
      const folder = await get(server, '/vragen/wat-is-dagbesteding?x=1');
      expect(folder.status).toBe(301);
      expect(folder.headers.get('location')).toBe('/vragen/wat-is-dagbesteding/?x=1');
      const missing = await get(server, '/vragen/bestaat-niet/');
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('<h1>Pagina niet gevonden</h1>');
      expect((await get(server, '/../../etc/passwd')).status).toBe(404);
      expect((await get(server, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('serves under a base path only, and sends the deploy headers on every response', async () => {
    const headers = deployHeaders('publiek');
    expect(Object.keys(headers)).toContain('Content-Security-Policy');
    const server = await serveStatic(dir, 0, { base: '/wegwijs/', headers });
    try {
      const home = await get(server, '/wegwijs/');
      expect(await home.text()).toBe('<h1>Wegwijs</h1>');
      expect((await get(server, '/wegwijs/vragen/wat-is-dagbesteding/')).status).toBe(200);
      const bare = await get(server, '/wegwijs');
      expect([bare.status, bare.headers.get('location')]).toEqual([301, '/wegwijs/']);
      const outside = await get(server, '/vragen/wat-is-dagbesteding/');
      expect(outside.status).toBe(404);
      for (const response of [home, bare, outside, await get(server, '/wegwijs/_astro/zoeken.abc.js')])
        for (const [name, value] of Object.entries(headers)) expect(response.headers.get(name), `${response.url} ${name}`).toBe(value);
    } finally {
      await server.close();
    }
  });
});
