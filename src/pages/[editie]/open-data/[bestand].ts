import type { APIRoute } from 'astro';
import { perEdition } from '../../../data/paths.ts';
import { getSite } from '../../../data/site.ts';
import { OPEN_DATA_FORMATS, OPEN_DATA_TYPES, openDataCollections, openDataFile, openDataText } from '../../../data/open-data.ts';
import { isEdition } from '../../../domain/editions.ts';
import type { CollectionName } from '../../../schemas/index.ts';

/**
 * `/open-data/<collectie>.json`, `.csv` and `.schema.json` of the edition (src/data/open-data.ts).
 * One route with the file name as parameter: `[collectie].json.ts` and `[collectie].schema.json.ts`
 * side by side would both match `maatregelen.schema.json`.
 */
export const getStaticPaths = () =>
  perEdition((site) =>
    openDataCollections(site).flatMap((collection) => OPEN_DATA_FORMATS.map((format) => ({ params: { bestand: openDataFile(collection, format) }, props: { collection, format } }))),
  );

export const GET: APIRoute = async ({ params, props, site: origin }) => {
  if (!isEdition(params.editie)) return new Response(null, { status: 404 });
  const site = await getSite(params.editie);
  const { collection, format } = props as { collection: CollectionName; format: (typeof OPEN_DATA_FORMATS)[number] };
  return new Response(openDataText(site, collection, format, origin), { headers: { 'Content-Type': OPEN_DATA_TYPES[format] } });
};
