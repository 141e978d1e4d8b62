/** JSON inside <script> elements, and the FAQPage answer text read with the Markdown parser. */
import { describe, expect, it } from 'vitest';
import { faqJsonLd, jsonForScript } from '../../src/data/structured-data.ts';
import type { Site } from '../../src/data/site.ts';
import type { Entry } from '../../src/domain/types.ts';

const hostileTitle = '</script><script>alert(1)</script>';
const vraag = {
  collection: 'vragen',
  id: 'vraag',
  file: 'content/vragen/vraag.md',
  data: { titel: hostileTitle, laatstGecontroleerd: '2020-06-02' },
  body: 'Eerste regel\u2028met een scheiding\u2029en <b>&amp;</b> & > < tekens.\n\nZie [de **maatregel**](/maatregelen/x/) en `code`.\n\n<script>alert(2)</script>\n',
} as unknown as Entry<'vragen'>;

describe('jsonForScript', () => {
  it('escapes <, >, &, U+2028 and U+2029 so that nothing ends the script element; JSON.parse round-trips', () => {
    const value = { name: hostileTitle, text: 'a\u2028b\u2029c & <!-- d -->', nested: [{ x: '</SCRIPT >' }] };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/<\/script/i);
    for (const c of ['<', '>', '&', '\u2028', '\u2029']) expect(json).not.toContain(c);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('faqJsonLd', () => {
  it('gives a Q&A with a hostile title and body JSON that round-trips and holds no "<"', () => {
    const data = faqJsonLd({ edition: 'publiek' } as unknown as Site, [vraag], undefined);
    const json = jsonForScript(data);
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
    const question = data.mainEntity[0]!;
    expect(question.name).toBe(hostileTitle);
    // The answer is readable text: no Markdown syntax, no HTML, no script.
    expect(question.acceptedAnswer.text).not.toMatch(/[*`]|<b>|script|alert/);
    expect(question.acceptedAnswer.text).toContain('Eerste regel');
  });

  it('carries a summary of a long answer, not the whole body', () => {
    const sentence = 'Vanaf 1 juni 2020 gaat de dagbesteding stap voor stap weer open voor alle cliënten. ';
    const long = { ...vraag, data: { titel: 'Gaat de dagbesteding open?', laatstGecontroleerd: '2020-06-02' }, body: sentence.repeat(5000) } as unknown as Entry<'vragen'>;
    const text = faqJsonLd({ edition: 'publiek' } as unknown as Site, [long], undefined).mainEntity[0]!.acceptedAnswer.text;
    expect(text.startsWith('Vanaf 1 juni 2020')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(160);
  });
});
