import { findPersonalData } from '../../src/markdown/remark-privacy-guard/index.ts';
import { readFileSync, readdirSync } from 'node:fs';
for (const f of readdirSync('/work/shared/seeds')) {
  const text = readFileSync('/work/shared/seeds/' + f, 'utf8');
  for (const m of findPersonalData(text)) console.log(f, m.kind, JSON.stringify(m.raw), m.normalised);
}
const samples = ['06-12345678', '06 1234 5678', '+31 6 1234 5678', '+31 (0)70 340 79 11', '070-3407911', '(070) 340 79 11', '0800-1234', '0800 123 4567', '0900-8844', '+32 2 123 45 67', '0612345678', 'tel.0612345678',
 '123456782', '123.456.782', '1234.56.782', '€ 123.456.782', '123.456.782 euro', 'kenmerk 123456782', '123456789',
 '01-06-2020 12:00', '09.30-10.30 11.00-12.00', '2511 VX Den Haag', '954002-149168-DMO', 'TK 2015-2016, 34 104, nr. 105', '0123456-789', 'NL91 ABNA 0417 1643 00', '1-6-2020', '5.1.2020', '€ 5.1 mln', '10,2',
 'j.jansen@minvws.nl', 'info@iederin.nl', 'secretariaat.dmo@minvws.nl', '(10)(2e)@minvws.nl', '[redacted]@minvws.nl', '5.1.2e@iederin.nl', '10.2.e@minvws.nl', 'Postbus 20350', '2015-2016', '12 mei 2020'];
for (const s of samples) console.log(JSON.stringify(s), '=>', findPersonalData(s).map(m => m.kind + ':' + m.raw));
