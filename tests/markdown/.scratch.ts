import { findKamerstukCitations, kamerstukUrl } from '../../src/markdown/remark-kamerstukken/index.ts';
import { readFileSync } from 'node:fs';
const seed = readFileSync('/work/shared/seeds/004_21e5c1724054a369.txt', 'utf8');
for (const c of findKamerstukCitations(seed)) console.log(JSON.stringify(c.raw), kamerstukUrl(c));
for (const t of ['Kamerstuk 25 295, nr. 315', 'Kamerstukken II 2019/20, 25295, nr. 351', 'Kamerstukken I 2019/20, 35 300, nr. A', 'Kamerstukken I 2019/20, 35 300 XVI, A', '34 000 XVI, nr. 8', 'Kamerstukken II 2019/20, 35 300 XVI, nr. 140', 'Kamerstuk 21 501-31, nr. 600', '(Kamerstukken 33 328, A)', 'TK 2015-2016, 34 200, A', 'artikel 34, nr. 5', '€ 34 104, nr. 5', '34104, nr. 5', 'nr. 5', '070 340 79 11', '5.1.2020', 'TK 2015-2016, 34 200 - XVI', 'Kamerstukken II 2019–2020, 35 300-XVI, nr. 5', 'Stb. 2015, nr. 245']) console.log(t, '=>', findKamerstukCitations(t).map(c => [c.raw, kamerstukUrl(c), c.kamer]));
