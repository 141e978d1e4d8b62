/**
 * The building blocks of every collection's schema (shared.ts: ids, dates, references,
 * visibility, vocabularies). The schemas themselves live with everything else about their
 * collection in src/collections/ (the registry: src/collections/index.ts).
 */
export * from './shared.ts';
