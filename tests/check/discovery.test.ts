/**
 * One content source: which files are entries (src/load/discovery.ts) is decided once, for the
 * checker and for Astro's loader alike; Astro's loader gets the checker's parse of the frontmatter;
 * `npm run dev` prints the checker's problems on start and after each change.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { classify, discoverContent } from '../../src/load/discovery.ts';
import { wegwijsLoader } from '../../src/load/loader.ts';
import { startDevCheck } from '../../src/integrations/dev-check.ts';
import { remarkPlugins } from '../../src/markdown/pipeline.ts';
import { minimalContent, ROOT, writeTree } from '../helpers.ts';

describe('classify', () => {
  it('reads .md and .mdx in collection folders, at any depth; the id is the file name', () => {
    expect(classify('vragen/bezoek.md')).toEqual({ kind: 'entry', collection: 'vragen', id: 'bezoek', ext: '.md' });
    expect(classify('passages/2020/mei/tekst.mdx')).toEqual({ kind: 'entry', collection: 'passages', id: 'tekst', ext: '.mdx' });
  });

  it('ignores names starting with _ or . (files and folders), on purpose', () => {
    for (const p of ['vragen/_concept.md', 'vragen/_oud/a.md', '_sjablonen/vraag.md', '.DS_Store', 'vragen/.DS_Store', 'vragen/.bezoek.md.swp', '.git/HEAD']) {
      expect(classify(p), p).toEqual({ kind: 'ignored' });
    }
  });

  it('reports everything else with a hint', () => {
    const message = (p: string) => {
      const c = classify(p);
      return c.kind === 'stray' ? c.message : `(${c.kind})`;
    };
    expect(message('vraagen/x.md')).toMatch(/de map "vraagen" is geen collectie.*bedoelde je "vragen"\?/);
    expect(message('Vragen/x.md')).toMatch(/bedoelde je "vragen"\?/);
    expect(message('notities/x.md')).toMatch(/de map "notities" is geen collectie, dus dit bestand wordt niet gelezen \(collecties: maatregelen,/);
    expect(message('bezoek.md')).toMatch(/direct in de inhoudsmap/);
    expect(message('vragen/bezoek.MD')).toMatch(/kleine letters: hernoem het bestand naar bezoek\.md/);
    expect(message('vragen/bezoek.markdown')).toMatch(/hernoem het bestand naar bezoek\.md/);
    expect(message('vragen/bezoek.mdx~')).toMatch(/reservekopie/);
    expect(message('vragen/bezoek.txt')).toMatch(/extensie "\.txt" worden niet gelezen/);
    expect(message('vragen/LEESMIJ')).toMatch(/geen extensie/);
  });
});

describe('discoverContent', () => {
  it('lists entries and reports every file no collection reads', async () => {
    const dir = writeTree({
      'vragen/a.md': '',
      'vragen/sub/b.mdx': '',
      'vragen/_c.md': '',
      'vragen/.DS_Store': '',
      'vraagen/d.md': '',
      'e.md': '',
      'doelgroepen/f.txt': '',
    });
    const found = await discoverContent(dir);
    expect(found.files.map((f) => `${f.collection}/${f.id}${f.ext}`)).toEqual(['vragen/a.md', 'vragen/b.mdx']);
    expect(found.problems.map((p) => path.relative(dir, path.resolve(p.file))).sort()).toEqual(['doelgroepen/f.txt', 'e.md', 'vraagen/d.md']);
    rmSync(dir, { recursive: true });
  });

  it('reports a missing content folder', async () => {
    const found = await discoverContent('/nonexistent/wegwijs-content');
    expect(found.problems[0]?.message).toMatch(/de inhoudsmap kan niet worden gelezen \(ENOENT\)/);
  });
});

type Processor = ReturnType<typeof unified>;

/** A stand-in for Astro's LoaderContext: enough of it for wegwijsLoader; `store`: Astro's own (see below). */
function loaderContext(root: string, options: { watcher?: EventEmitter & { add(p: string): void }; store?: unknown; processor?: Processor } = {}) {
  const entries = new Map<string, Record<string, unknown>>();
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(`info ${m}`), warn: (m: string) => logged.push(`warn ${m}`), error: (m: string) => logged.push(`error ${m}`) };
  const context = {
    collection: 'vragen',
    config: { root: pathToFileURL(`${root}/`), image: {}, markdown: { processor: options.processor ?? unified({ remarkPlugins, smartypants: false }), syntaxHighlight: false } },
    store: options.store ?? {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string }) => (entries.set(entry.id, entry), true),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
      addModuleImport: () => undefined,
    },
    logger,
    watcher: options.watcher,
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: string) => String(data.length) + data.slice(0, 40),
  };
  return { context: context as never, entries, logged };
}

describe('wegwijsLoader (Astro content layer)', () => {
  const content = (files: Record<string, string>) =>
    writeTree(Object.fromEntries(Object.entries({ ...minimalContent(), ...files }).map(([k, v]) => [`content/${k}`, v])));

  it('renders an unchanged file once, also after the project moved (Astro\'s own store, which ignores a set() with an unchanged digest)', async () => {
    const root = content({});
    // Astro's content store itself (not exported by the package: imported by its path).
    const { MutableDataStore } = (await import(path.join(ROOT, 'node_modules/astro/dist/content/mutable-data-store.js'))) as { MutableDataStore: new () => { scopedStore(c: string): { get(id: string): { filePath?: string } | undefined } } };
    const store = new MutableDataStore().scopedStore('vragen');
    const rendered: string[] = [];
    const base = unified({ remarkPlugins, smartypants: false });
    const processor = {
      ...base,
      createRenderer: async (...args: Parameters<Processor['createRenderer']>) => {
        const renderer = await base.createRenderer(...args);
        return { ...renderer, render: (body: string, options: { fileURL?: URL }) => (rendered.push(String(options.fileURL)), renderer.render(body, options as never)) };
      },
    } as unknown as Processor;
    // The content folder stays where it is; the project (config.root) is first here, then elsewhere.
    const load = (projectRoot: string) => wegwijsLoader({ collection: 'vragen', contentDir: path.join(root, 'content') }).load(loaderContext(projectRoot, { store, processor }).context);
    await load(root);
    expect(rendered).toHaveLength(1);
    await load(root);
    expect(rendered).toHaveLength(1);
    const moved = path.join(root, 'elders', 'project');
    await load(moved);
    expect(rendered).toHaveLength(2); // image paths are relative to the file: rendered again
    expect(store.get('gaat-de-dagbesteding-open')?.filePath).toBe('../../content/vragen/gaat-de-dagbesteding-open.md');
    await load(moved);
    expect(rendered).toHaveLength(2);
    rmSync(root, { recursive: true });
  });

  it('stores the checker\'s data: dates stay strings; .md is rendered, .mdx is deferred to its module', async () => {
    const root = content({ 'vragen/via-mdx.mdx': '---\ntitel: Via MDX?\nstatus: concept\nlaatstGecontroleerd: 2020-06-02\n---\nTekst met <strong>html</strong>.\n' });
    const { context, entries } = loaderContext(root);
    await wegwijsLoader({ collection: 'vragen', contentDir: 'content' }).load(context);
    expect([...entries.keys()].sort()).toEqual(['gaat-de-dagbesteding-open', 'via-mdx']);
    const md = entries.get('gaat-de-dagbesteding-open') as { data: Record<string, unknown>; rendered: { html: string }; filePath: string; body: string };
    expect(md.data.laatstGecontroleerd).toBe('2020-06-02');
    expect(md.filePath).toBe('content/vragen/gaat-de-dagbesteding-open.md');
    expect(md.rendered.html).toContain('<p>Ja. Vanaf 1 juni 2020');
    expect(md.body).toBe('Ja. Vanaf 1 juni 2020 krijgt iedereen weer een vorm van dagbesteding.');
    const mdx = entries.get('via-mdx') as { deferredRender?: boolean; rendered?: unknown };
    expect(mdx.deferredRender).toBe(true);
    expect(mdx.rendered).toBeUndefined();
    rmSync(root, { recursive: true });
  });

  it('fails a build on a file the checker refuses, with its path, line and the checker\'s message', async () => {
    const bomb = ['---', 'titel: Bom', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', '---', ''].join('\n');
    const root = content({ 'vragen/bom.md': bomb });
    const { context } = loaderContext(root);
    await expect(wegwijsLoader({ collection: 'vragen', contentDir: path.join(root, 'content') }).load(context)).rejects.toThrow(
      /vragen\/bom\.md:2: de frontmatter verwijst te vaak naar ankers/,
    );
    rmSync(root, { recursive: true });
  });

  it('in dev, skips a broken file with a warning, and follows changes', async () => {
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const root = content({ 'vragen/kapot.md': '---\ntitel: Kapot\u0000\n---\n' });
    const { context, entries, logged } = loaderContext(root, { watcher });
    await wegwijsLoader({ collection: 'vragen', contentDir: 'content' }).load(context);
    expect(entries.has('kapot')).toBe(false);
    expect(logged.join('\n')).toMatch(/warn .*vragen\/kapot\.md:2: onzichtbaar stuurteken U\+0000 \(NUL\).*wordt overgeslagen/);

    const file = path.join(root, 'content/vragen/kapot.md');
    writeFileSync(file, '---\ntitel: Hersteld\nstatus: concept\nlaatstGecontroleerd: 2020-06-02\n---\nTekst.\n');
    watcher.emit('change', file);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((entries.get('kapot') as { data: { titel: string } }).data.titel).toBe('Hersteld');

    rmSync(file);
    watcher.emit('unlink', file);
    expect(entries.has('kapot')).toBe(false);
    rmSync(root, { recursive: true });
  });
});

describe('dev check (npm run dev)', () => {
  it('prints the checker\'s report on start and again after a content change', async () => {
    const root = writeTree(Object.fromEntries(Object.entries(minimalContent()).map(([k, v]) => [`content/${k}`, v])));
    const watcher = Object.assign(new EventEmitter(), { added: [] as string[], add(p: string) { this.added.push(p); } });
    const printed: string[] = [];
    const logged: string[] = [];
    const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
    const checker = await startDevCheck({ contentDir: path.join(root, 'content'), debounceMs: 20, print: (t) => printed.push(t), watcher, logger });
    await checker.idle();
    expect(watcher.added).toEqual([path.join(root, 'content')]);
    expect(logged.at(-1)).toMatch(/inhoud in orde: 4 items/);
    expect(printed).toEqual([]);

    mkdirSync(path.join(root, 'content/vraagen'));
    writeFileSync(path.join(root, 'content/vraagen/x.md'), '---\ntitel: X\n---\n');
    watcher.emit('all', 'add', path.join(root, 'content/vraagen/x.md'));
    watcher.emit('all', 'addDir', path.join(root, 'content/vraagen'));
    watcher.emit('all', 'change', path.join(root, 'src/elders.ts')); // not content: ignored
    await checker.idle();
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/content\/vraagen\/x\.md: de map "vraagen" is geen collectie.*bedoelde je "vragen"\?/);
    expect(printed[0]).toMatch(/1 probleem in 1 bestand\./);
    checker.close();
    rmSync(root, { recursive: true });
  });
});
