import type { APIRoute } from 'astro';
import { cmsConfigFor } from '../../../cms/serve.ts';
import { perEdition } from '../../../data/paths.ts';
import { isEdition } from '../../../domain/editions.ts';

/** /beheer/config.yml: Decap's configuration, generated from the schemas (src/cms/config.ts). */
export const getStaticPaths = () => perEdition(() => [{ params: {} }], (profile) => profile.cms);

export const GET: APIRoute = ({ params }) => {
  if (!isEdition(params.editie)) return new Response(null, { status: 404 });
  // The built file has no local backend; the dev server answers this path itself with one
  // (src/cms/integration.ts).
  return new Response(cmsConfigFor(params.editie, false), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
