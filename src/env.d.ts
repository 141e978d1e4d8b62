/** What src/middleware.ts puts on `Astro.locals` for every page of an edition. */
declare namespace App {
  interface Locals {
    /** The edition's Site (memoised per edition, src/data/site.ts). */
    site: import('./data/site.ts').Site;
    /** What differs per edition (src/domain/editions.ts). */
    profile: import('./domain/editions.ts').EditionProfile;
  }
}

/**
 * For `tsc` (npm run typecheck), which does not read .astro files: importing one from a .ts
 * module gives an Astro component (the entry components' table, src/components/entries/index.ts).
 */
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
