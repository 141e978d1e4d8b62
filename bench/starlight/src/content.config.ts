/**
 * Starlight's docs collection: src/content/docs/<collection>/<id>.md, written per benchmark run
 * by tools/bench/starlight.ts (Wegwijs's repository) from the generated corpus.
 */
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
