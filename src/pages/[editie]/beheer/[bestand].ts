import type { APIRoute } from 'astro';
import { bundleFile, bundleFiles } from '../../../cms/bundle.ts';
import { perEdition } from '../../../data/paths.ts';

/** /beheer/decap-cms.js and the files it loads: Decap's bundle from node_modules (src/cms/bundle.ts). */
export const getStaticPaths = () => perEdition(() => bundleFiles().map((bestand) => ({ params: { bestand } })), (profile) => profile.cms);

export const GET: APIRoute = ({ params }) => bundleFile(String(params.bestand));
