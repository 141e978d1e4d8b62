/**
 * `/zoekwoorden.json`: the edition's vocabulary (src/data/vocabulary.ts) for "Bedoelde u …?" on
 * the search page, which references it (`data-search-vocabulary`), from this edition's entries only.
 */
import { vocabulary as words } from '../data/vocabulary.ts';
import { defineOutput, single } from './output.ts';

export const vocabulary = defineOutput({
  name: 'zoekwoorden',
  files: () => single('zoekwoorden.json'),
  type: 'application/json',
  match: '/zoekwoorden.json',
  render: (site) => JSON.stringify(words(site)),
});
