import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkWooRedactions, findRedactions } from '/work/main/src/markdown/remark-woo-redactions/index.ts';
const md = `Van: [redacted] <[redacted]@minvws.nl> en 5.1.2e <5.1.2e@iederin.nl>; 5.1.2e @pgb.nl en 10.2.e@minvws.nl

(10)(2e) (10)(2e)@minvws.nl [5.1.2e] \\[REDACTED\\] artikel 5.1.2e, 5.1.2020, 10.2m, versie 10.2.e, op grond van 5.1.2e Woo; 5.1.1c en [5.2] en (11)(1)`;
const f = await unified().use(remarkParse).use(remarkGfm).use(remarkWooRedactions).use(remarkRehype).use(rehypeStringify).process(md);
console.log(String(f));
console.log(f.data, f.messages);
console.log(findRedactions('x (10)(2z) 5.1.3a [5.1.9] 5.1.2k'));
