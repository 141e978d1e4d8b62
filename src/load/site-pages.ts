/**
 * The site's required pages (accessibility statement, privacy statement, contact) as content the
 * ministry maintains: one Markdown file each in `content/_paginas/` (the `_` keeps the folder out
 * of the collections, src/load/discovery.ts), with a small frontmatter. They are no collection:
 * they have no visibility (they are public and shown in both editions alike), no approval
 * workflow, no place in search, feeds, open data or the CMS's entry lists, and no relations.
 *
 * Read here, plain Node, for the checker (which refuses a corpus without them, with their text
 * rules: personal data, unsafe links) and for the pages (src/data/site-pages.ts renders them).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { datum } from '../schemas/shared.ts';
import type { Problem } from '../domain/types.ts';
import { LineCounter, parseDocument } from 'yaml';
import { MAX_ALIAS_COUNT, parseSource, YAML_PARSE_OPTIONS, type SourceFile } from './source.ts';
import { displayPath, type ContentFile } from './discovery.ts';

/** Where the required pages live, relative to the content folder. */
export const SITE_PAGES_DIR = '_paginas';

/** The statuses of toegankelijkheidsverklaring.nl (A–E, without "geen verklaring"). */
export const TOEGANKELIJKHEID_STATUSSEN = ['voldoet volledig', 'voldoet gedeeltelijk', 'eerste maatregelen genomen', 'voldoet niet'] as const;

export interface SitePageDefinition {
  /** File name without `.md`, and the page's path (`<id>/`). */
  id: 'toegankelijkheid' | 'privacy' | 'contact';
  /** What the page is, in a message or a footer link. */
  label: string;
}

/** The pages every edition must have, in footer order. */
export const SITE_PAGES: readonly SitePageDefinition[] = [
  { id: 'toegankelijkheid', label: 'Toegankelijkheid' },
  { id: 'privacy', label: 'Privacy' },
  { id: 'contact', label: 'Contact' },
];

const common = {
  titel: z.string().trim().min(1, 'mag niet leeg zijn'),
  /** The page's meta description. */
  beschrijving: z.string().trim().min(20, 'moet minstens 20 tekens zijn: het is de beschrijving in zoekmachines').max(200, 'mag hoogstens 200 tekens zijn'),
  /** The date of the last change of the text. */
  gewijzigd: datum,
};

const schemas = {
  toegankelijkheid: z.strictObject({
    ...common,
    status: z.enum(TOEGANKELIJKHEID_STATUSSEN, { error: `moet een van deze zijn: ${TOEGANKELIJKHEID_STATUSSEN.join(', ')}` }),
    laatstGecontroleerd: datum,
  }),
  privacy: z.strictObject(common),
  contact: z.strictObject(common),
} satisfies Record<SitePageDefinition['id'], z.ZodType>;

export interface SitePage {
  id: SitePageDefinition['id'];
  file: string;
  titel: string;
  beschrijving: string;
  gewijzigd: string;
  status?: (typeof TOEGANKELIJKHEID_STATUSSEN)[number];
  laatstGecontroleerd?: string;
  body: string;
  /** The parsed source, for the checker's line numbers. */
  source: SourceFile;
}

export interface SitePagesResult {
  pages: SitePage[];
  problems: Problem[];
}

function pageFile(contentDir: string, id: string): ContentFile {
  const absolute = path.resolve(contentDir, SITE_PAGES_DIR, `${id}.md`);
  // The collection is not read by the parser; a required page belongs to none.
  return { collection: 'vragen', id, ext: '.md', absolute, file: displayPath(absolute) } as ContentFile;
}

/** Reads and validates the required pages; a missing page is a problem naming it. */
export async function readSitePages(contentDir: string): Promise<SitePagesResult> {
  const pages: SitePage[] = [];
  const problems: Problem[] = [];
  for (const definition of SITE_PAGES) {
    const file = pageFile(contentDir, definition.id);
    const bytes = await readFile(file.absolute).catch(() => undefined);
    if (!bytes) {
      problems.push({
        file: file.file,
        message: `verplichte pagina "${definition.label}" (/${definition.id}/) ontbreekt: een overheidssite moet een ${describe(definition.id)} hebben. Maak dit bestand, met titel, beschrijving en gewijzigd in de frontmatter`,
      });
      continue;
    }
    const read = parseSource(bytes, file);
    if (!read.source) {
      problems.push(...read.problems);
      continue;
    }
    const source = read.source;
    const parsed = schemas[definition.id].safeParse(source.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
        const missing = source.data[String(issue.path[0])] === undefined && issue.code !== 'unrecognized_keys';
        problems.push({
          file: file.file,
          line: fieldLine(source, issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0]),
          message: issue.code === 'unrecognized_keys' ? `onbekend veld "${field}"` : `${field}: ${missing ? 'verplicht veld ontbreekt' : issue.message}`,
        });
      }
      continue;
    }
    if (!source.body.trim()) {
      problems.push({ file: file.file, line: source.bodyStartLine, message: `de pagina "${definition.label}" heeft geen tekst` });
      continue;
    }
    pages.push({ id: definition.id, file: file.file, ...parsed.data, body: source.body, source });
  }
  return { pages, problems };
}

/** The line of a top-level frontmatter key (the first line of the frontmatter when absent). */
function fieldLine(source: SourceFile, key: PropertyKey | undefined): number {
  const items = (source.frontmatter.contents as { items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> } | null)?.items ?? [];
  const offset = items.find((item) => item.key?.value === key)?.key?.range?.[0];
  return offset === undefined ? source.yamlStartLine : source.yamlStartLine + source.lineCounter.linePos(offset).line - 1;
}

function describe(id: SitePageDefinition['id']): string {
  return { toegankelijkheid: 'toegankelijkheidsverklaring (Tijdelijk besluit digitale toegankelijkheid overheid)', privacy: 'privacyverklaring (AVG)', contact: 'contactpagina' }[id];
}

// ─── "Waar kunt u terecht" (content/_paginas/loketten.yaml) ────────────────────────────────────

export const LOKETTEN_FILE = 'loketten.yaml';

const loketSchema = z.strictObject({
  naam: z.string().trim().min(2, 'mag niet leeg zijn'),
  omschrijving: z.string().trim().min(10, 'moet minstens 10 tekens zijn'),
  /** An organisation's number (a helpline), never a person's. */
  telefoon: z.string().trim().regex(/^[0-9 -]{4,14}$/, 'moet een telefoonnummer zijn, zoals 1400 of 0800-1351').optional(),
  /** When the phone is answered, in words. */
  bereikbaar: z.string().trim().min(5).optional(),
  url: z.url({ error: 'moet een volledige URL zijn (https://…)' }).refine((u) => u.startsWith('https://'), 'moet met https:// beginnen').optional(),
  /** Shown under answers for these target groups (ids in content/doelgroepen/) … */
  doelgroepen: z.array(z.string()).default([]),
  /** … or about these themes. */
  themas: z.array(z.string()).default([]),
});
export type Loket = z.output<typeof loketSchema>;

/** Reads the desks and helplines; a missing file is a problem (every public answer says where to turn). */
export async function readLoketten(contentDir: string): Promise<{ loketten: Loket[]; problems: Problem[] }> {
  const absolute = path.resolve(contentDir, SITE_PAGES_DIR, LOKETTEN_FILE);
  const file = displayPath(absolute);
  const text = await readFile(absolute, 'utf8').catch(() => undefined);
  if (text === undefined) return { loketten: [], problems: [{ file, message: 'het bestand met loketten ("Waar kunt u terecht" bij elk antwoord) ontbreekt' }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_PARSE_OPTIONS, lineCounter });
  if (doc.errors.length > 0) return { loketten: [], problems: doc.errors.map((e) => ({ file, line: lineCounter.linePos(e.pos[0]).line, message: `ongeldige YAML: ${e.message.split('\n')[0]}` })) };
  const parsed = z.array(loketSchema).min(1, 'noem minstens één loket').safeParse(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  if (!parsed.success) {
    return {
      loketten: [],
      problems: parsed.error.issues.map((issue) => {
        const node = doc.getIn(issue.path.slice(0, 1), true) as { range?: [number, number, number] } | undefined;
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
        return { file, line, message: `${issue.path.length > 1 ? `loket ${Number(issue.path[0]) + 1}, ${issue.path.slice(1).join('.')}: ` : ''}${issue.code === 'unrecognized_keys' ? `onbekend veld "${issue.keys.join(', ')}"` : issue.message}` };
      }),
    };
  }
  return { loketten: parsed.data, problems: [] };
}
