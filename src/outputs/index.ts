/**
 * The output registry: every file of an edition other than its pages, one line each (as
 * Quartz's emitters are listed in its configuration). An output is declared in its own module
 * (./output.ts says what a declaration holds); adding one to this list is all it takes for it to
 * be built for the editions it names, served with its content type, announced in the head of
 * every page when it has a `link`, and allowed by the public file check when it has a fixed
 * address. nginx's types (deploy/nginx/outputs.conf) are generated from this list (`npm run
 * nginx:config`; tests/deploy/nginx-config.test.ts fails when the committed file is stale).
 */
import { EDITION_PROFILES, type Edition, type EditionProfile } from '../domain/editions.ts';
import type { Site } from '../data/site.ts';
import { catalogueOutput } from './catalogue.ts';
import { editionCalendar, organisationCalendar, targetGroupCalendar } from './calendars.ts';
import { robots, sitemap } from './crawlers.ts';
import { atom } from './feed.ts';
import { jsonFeed } from './json-feed.ts';
import { openDataCsv, openDataJson, openDataSchema } from './open-data.ts';
import type { Output, OutputFile } from './output.ts';
import { documentPrint, editionPrint } from './print.ts';
import { vocabulary } from './vocabulary.ts';
import { routemapVersionsJson } from './versions.ts';

export const OUTPUTS: readonly Output<unknown>[] = [
  atom,
  jsonFeed,
  editionCalendar,
  targetGroupCalendar,
  organisationCalendar,
  openDataJson,
  openDataCsv,
  openDataSchema,
  catalogueOutput,
  robots,
  sitemap,
  vocabulary,
  editionPrint,
  documentPrint,
  routemapVersionsJson,
];

/** Whether an edition gets an output. */
export const hasOutput = (output: Output<unknown>, profile: EditionProfile): boolean => output.editions?.(profile) ?? true;

/** Every file of every output of an edition, with the output it belongs to. Throws on two outputs writing one path. */
export function outputFiles(site: Site, outputs: readonly Output<unknown>[] = OUTPUTS): Array<OutputFile<unknown> & { output: Output<unknown> }> {
  const seen = new Map<string, string>();
  const files: Array<OutputFile<unknown> & { output: Output<unknown> }> = [];
  for (const output of outputs.filter((o) => hasOutput(o, site.profile))) {
    for (const file of output.files(site)) {
      const other = seen.get(file.path);
      if (other) throw new Error(`${file.path}: zowel "${other}" als "${output.name}" schrijven dit bestand`);
      seen.set(file.path, output.name);
      files.push({ ...file, output });
    }
  }
  return files;
}

/** The `<link rel="alternate">`s in the head of the page at `page` (relative to the edition's root): outputs with a `link` there. */
export function outputLinks(site: Site, page: string, outputs: readonly Output<unknown>[] = OUTPUTS): Array<{ path: string; type: string; title: string }> {
  return outputs
    .filter((o) => o.link && (o.link.on === undefined || o.link.on === page) && hasOutput(o, site.profile))
    .flatMap((o) => o.files(site).map((file) => ({ path: file.path, type: o.type, title: o.link!.title })));
}

/**
 * The files at fixed addresses that no page has to reference, per edition (robots.txt,
 * sitemap.xml): the public file check (src/verify/files.ts) allows them. Static: a fixed
 * address is one file at the edition's root, known without the edition's content.
 */
export function fixedAddresses(edition: Edition, outputs: readonly Output<unknown>[] = OUTPUTS): string[] {
  return outputs.flatMap((o) => (o.fixedAddress && hasOutput(o, EDITION_PROFILES[edition]) ? [o.fixedAddress] : []));
}

