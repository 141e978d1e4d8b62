/**
 * The `components` project: Astro components rendered in isolation with Astro's Container API
 * (`experimental_AstroContainer`), which needs Astro's Vite plugins to compile `.astro` files;
 * `getViteConfig` supplies them from astro.config.mjs.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
