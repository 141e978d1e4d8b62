/**
 * The generated parts of deploy/nginx cannot lag behind what they are made from: outputs.conf
 * (content types from the output registry, src/outputs/) and site-subpad.conf (site.conf under a
 * sub-path) are what tools/nginx-config.ts makes now (run `npm run nginx:config` after a change);
 * every output's file type is compressed by the build; an ending with two types is refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_EXTENSIONS } from '../../src/pipeline/compress.ts';
import { OUTPUTS } from '../../src/outputs/index.ts';
import { defineOutput, single } from '../../src/outputs/output.ts';
import { generatedNginxFiles, outputsConf, outputTypes, subpathConf } from '../../tools/nginx-config.ts';
import { DEPLOY_NGINX } from '../../tools/serve.ts';

describe('deploy/nginx, generated', () => {
  it.each(Object.keys(generatedNginxFiles()))('%s is what npm run nginx:config makes now', (name) => {
    expect(readFileSync(path.join(DEPLOY_NGINX, name), 'utf8'), `deploy/nginx/${name} is verouderd: draai npm run nginx:config`).toBe(generatedNginxFiles()[name]);
  });

  it('sends each output type the issue names, for the URL ending its output declares', () => {
    const types = Object.fromEntries([...outputsConf().matchAll(/^location ~ (\S+) \{[\s\S]*?default_type ([^;]+);/gm)].map((m) => [m[1], m[2]]));
    expect(types['/feed\\.xml$']).toBe('application/atom+xml');
    expect(types['/feed\\.json$']).toBe('application/feed+json');
    expect(types['\\.ics$']).toBe('text/calendar');
    expect(types['\\.csv$']).toBe('text/csv');
    expect(types['\\.jsonld$']).toBe('application/ld+json');
    expect(Object.keys(types)).toHaveLength(outputTypes().length);
  });

  it('puts longer endings first, so that the most specific location wins (nginx takes the first matching expression)', () => {
    const endings = outputTypes().map((t) => t.match);
    expect(endings.indexOf('.schema.json')).toBeLessThan(endings.indexOf('.json'));
    expect(endings.map((e) => e.length)).toEqual([...endings.map((e) => e.length)].sort((a, b) => b - a));
  });

  it('refuses one URL ending with two content types', () => {
    const other = defineOutput({ name: 'ander', files: () => single('feed.xml'), type: 'application/rss+xml', match: '/feed.xml', render: () => '' });
    expect(() => outputTypes([...OUTPUTS, other])).toThrow(/\/feed\.xml: .* application\/atom\+xml, "ander" is application\/rss\+xml/);
  });

  it('moves the prefix locations and the error page under the sub-path, nothing else', () => {
    const site = readFileSync(path.join(DEPLOY_NGINX, 'site.conf'), 'utf8');
    const sub = subpathConf(site, '/kennis/');
    expect(sub).toContain('location /kennis/ {');
    expect(sub).toContain('location ^~ /kennis/_astro/ {');
    expect(sub).toContain('location ^~ /kennis/pagefind/ {');
    expect(sub).toContain('error_page 404 /kennis/404.html;');
    expect(sub).toContain('location ~ /\\. {');
    expect(sub).not.toMatch(/^location \/ \{/m);
  });

  it('the build compresses the files of every output', () => {
    for (const output of OUTPUTS) expect(TEXT_EXTENSIONS.has(output.match.slice(output.match.lastIndexOf('.'))), output.name).toBe(true);
  });
});
