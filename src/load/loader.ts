/**
 * Astro's content loader for one collection, built on the same discovery (discovery.ts) and the
 * same frontmatter parser (source.ts) as `npm run check`, in the spirit of Starlight's
 * `docsLoader()` (one loader function that owns the file rules) but without Astro's `glob()`:
 * `glob()` parses frontmatter with js-yaml, which turns `2020-06-01` into a `Date`, rolls
 * `2020-02-30` over to March and expands YAML aliases without limit. Here Astro's data is exactly
 * the data the checker validated.
 *
 * Rendering:
 * - `.md` bodies are rendered with the configured Markdown processor (`markdown.processor` in
 *   astro.config.mjs, so the same remark plugins), with the parsed frontmatter passed along as
 *   Astro's own `.md` entry type does (the privacy guard reads `zichtbaarheid` from it).
 * - `.mdx` files cannot be rendered to HTML here: an MDX file is a JavaScript module that Vite
 *   compiles (@astrojs/mdx). They are stored with `deferredRender`, exactly as `glob()` does, and
 *   rendered from the module when a page calls `render()`. The MDX plugin parses the frontmatter
 *   again for its own `frontmatter` export, but entry data always comes from here; a file this
 *   loader refuses is never stored, so its module is never compiled.
 *
 * A file that cannot be read or parsed fails `astro build` with the checker's message (scripts/
 * build.ts runs the checker beside Astro and reports all problems first). In `astro dev` such a
 * file is skipped with a one-line warning: the dev check (src/integrations/dev-check.ts) prints the
 * full report, and the other pages keep working.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../schemas/index.ts';
import { classify, discoverContent, displayPath, type ContentFile } from './discovery.ts';
import { parseSource } from './source.ts';

export interface WegwijsLoaderOptions {
  collection: CollectionName;
  /** The content folder (WEGWIJS_CONTENT), relative to the project root or absolute. */
  contentDir: string;
}

type Renderer = Awaited<ReturnType<LoaderContext['config']['markdown']['processor']['createRenderer']>>;

export function wegwijsLoader({ collection, contentDir }: WegwijsLoaderOptions): Loader {
  return {
    name: 'wegwijs-loader',
    load: async (context) => {
      const { config, store, watcher, logger, parseData, generateDigest } = context;
      const root = fileURLToPath(config.root);
      const contentRoot = path.resolve(root, contentDir);
      const base = path.join(contentRoot, collection);
      /** Strict in a build (any problem fails it); forgiving in dev, where the dev check reports. */
      const strict = !watcher;
      const idByFile = new Map<string, string>();

      let renderer: Promise<Renderer> | undefined;
      const render = async (body: string, frontmatter: Record<string, unknown>, absolute: string) => {
        renderer ??= config.markdown.processor.createRenderer({
          image: config.image,
          syntaxHighlight: config.markdown.syntaxHighlight,
          shikiConfig: config.markdown.shikiConfig,
          gfm: config.markdown.gfm,
          smartypants: config.markdown.smartypants,
        });
        const result = await (await renderer).render(body, { frontmatter, fileURL: pathToFileURL(absolute) });
        return {
          html: result.code,
          metadata: { ...result.metadata, imagePaths: [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths] },
        };
      };

      const fail = (content: ContentFile, where: string, message: string): undefined => {
        if (strict) throw new Error(`${where}: ${message}`);
        logger.warn(`${where}: ${message} (wordt overgeslagen tot het is hersteld)`);
        // Never show a stale version of a file that is now broken.
        if (idByFile.get(content.absolute) === content.id) store.delete(content.id);
        idByFile.delete(content.absolute);
        return undefined;
      };

      /** Reads, parses, validates and stores one file; returns its id, or undefined when skipped. */
      async function sync(content: ContentFile): Promise<string | undefined> {
        let bytes: Buffer;
        try {
          bytes = await readFile(content.absolute);
        } catch (error) {
          return fail(content, content.file, `het bestand kan niet worden gelezen (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
        }
        const relativePath = path.relative(root, content.absolute).split(path.sep).join('/');
        const digest = generateDigest(bytes.toString('latin1'));
        const previousId = idByFile.get(content.absolute);
        if (previousId !== undefined && previousId !== content.id) store.delete(previousId);
        const existing = store.get(content.id);
        if (existing && existing.digest === digest) {
          if (existing.filePath === relativePath) {
            // Unchanged since the cached store was written: keep it, as glob() does.
            if (existing.deferredRender) store.addModuleImport(existing.filePath);
            idByFile.set(content.absolute, content.id);
            return content.id;
          }
          // Same bytes at another path (the project or the content folder moved): rendered
          // again, since image paths are relative to the file. Astro's store ignores a set()
          // with an unchanged digest, so the old entry goes first; otherwise the stale path
          // would stay, and every later build would render the entry again.
          store.delete(content.id);
        }
        const parsed = parseSource(bytes, content);
        if (!parsed.source) {
          const first = parsed.problems[0]!;
          return fail(content, first.line ? `${content.file}:${first.line}` : content.file, first.message);
        }
        const { source } = parsed;
        let data: Record<string, unknown>;
        try {
          data = await parseData({ id: content.id, data: source.data, filePath: content.absolute });
        } catch (error) {
          if (strict) throw error;
          return fail(content, content.file, 'de velden kloppen niet met het schema (zie de controle)');
        }
        const { body } = source; // without leading blank lines and trailing whitespace (source.ts)
        if (content.ext === '.mdx') {
          store.set({ id: content.id, data, body, filePath: relativePath, digest, deferredRender: true });
        } else {
          let rendered;
          try {
            rendered = await render(body, source.data, content.absolute);
          } catch (error) {
            return fail(content, content.file, `de tekst kan niet worden weergegeven: ${error instanceof Error ? error.message : String(error)}`);
          }
          store.set({ id: content.id, data, body, filePath: relativePath, digest, rendered, assetImports: rendered.metadata.imagePaths });
        }
        idByFile.set(content.absolute, content.id);
        return content.id;
      }

      const untouched = new Set(store.keys());
      const { files } = await discoverContent(contentRoot, collection);
      // A few files at a time: rendering is CPU-bound, reading is not.
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(8, files.length) }, async () => {
          while (next < files.length) {
            const id = await sync(files[next++]!);
            if (id !== undefined) untouched.delete(id);
          }
        }),
      );
      for (const id of untouched) store.delete(id);

      if (!watcher) return;
      watcher.add(base);
      const contentFileOf = (changed: string): ContentFile | undefined => {
        const relative = path.relative(contentRoot, changed);
        if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
        const kind = classify(relative);
        if (kind.kind !== 'entry' || kind.collection !== collection) return undefined;
        return { collection, id: kind.id, ext: kind.ext, absolute: changed, file: displayPath(changed) };
      };
      const onChange = async (changed: string) => {
        const content = contentFileOf(changed);
        if (!content) return;
        try {
          if ((await sync(content)) !== undefined) logger.info(`${content.file} opnieuw ingelezen`);
        } catch (error) {
          logger.error(`${content.file}: ${error instanceof Error ? error.message : String(error)}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (deleted: string) => {
        const id = idByFile.get(deleted);
        if (id === undefined) return;
        idByFile.delete(deleted);
        store.delete(id);
      });
    },
  };
}
