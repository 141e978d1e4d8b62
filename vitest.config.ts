import { defineConfig } from 'vitest/config';

/**
 * Four projects (`vitest run --project unit`, …; `npm test` runs all):
 * - unit: the settings, the domain core, the collection registry, the checker, the remark plugins,
 *   the CMS configuration, the verifiers, the importer, the bench generator: no Astro build, no
 *   browser.
 * - components: Astro components rendered in isolation (Astro's Container API,
 *   vitest.components.config.ts). `npm run test:unit` runs unit and components, under a minute.
 * - build: real builds (the example, once, by the global setup; temporary corpora), the output
 *   they write, Astro's Markdown, and the fuzz of the checker and the build.
 * - browser: Debian's Chromium against the built editions served by nginx with the shipped
 *   configuration.
 */
const shared = { testTimeout: 60_000, hookTimeout: 600_000 };
// Builds the example knowledge base once for the build and browser projects (shared between them:
// tests/setup/build-example.ts).
const exampleBuild = ['tests/setup/build-example.ts'];
const needsAstroOrBrowser = ['tests/check/fuzz.test.ts', 'tests/markdown/astro.test.ts', 'tests/markdown/a11y.test.ts'];

export default defineConfig({
  test: {
    projects: [
      // components: Astro components rendered with the Container API (Astro's Vite plugins needed).
      'vitest.components.config.ts',
      {
        extends: false,
        test: {
          ...shared,
          name: 'unit',
          include: ['tests/{architecture,bench,check,cms,collections,config,data,deploy,domain,import,markdown,schemas,scripts,tools,verify}/**/*.test.ts'],
          exclude: needsAstroOrBrowser,
        },
      },
      {
        extends: false,
        test: { ...shared, name: 'build', include: ['tests/build/**/*.test.ts', 'tests/check/fuzz.test.ts', 'tests/markdown/astro.test.ts'], globalSetup: exampleBuild },
      },
      {
        extends: false,
        test: { ...shared, name: 'browser', include: ['tests/e2e/**/*.test.ts', 'tests/markdown/a11y.test.ts'], globalSetup: exampleBuild },
      },
    ],
  },
});
