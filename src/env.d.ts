/** What src/middleware.ts puts on `Astro.locals` for every page of an edition. */
declare namespace App {
  interface Locals {
    /** The edition's Site (memoised per edition, src/data/site.ts). */
    site: import('./data/site.ts').Site;
    /** What differs per edition (src/domain/editions.ts). */
    profile: import('./domain/editions.ts').EditionProfile;
  }
}
