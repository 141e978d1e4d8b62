/**
 * `npm run check` on each kind of bad input: every problem is printed as
 * `path:line: field: message` and the exit code is non-zero. The command as a process (its exit
 * code and streams) in the first cases; the other cases call what it writes out
 * (`checkCommand`) in-process, which is much faster than a Node process per case.
 */
import { describe, expect, it } from 'vitest';
import { checkContent as check, minimalContent, runScript, writeTree } from '../helpers.ts';

/** scripts/check.ts as a process. */
function cli(files: Record<string, string | Uint8Array>) {
  const dir = writeTree({ ...Object.fromEntries(Object.entries(minimalContent()).map(([k, v]) => [`content/${k}`, v])), ...files });
  return { ...runScript('check.ts', { WEGWIJS_CONTENT: `${dir}/content`, WEGWIJS_PEILDATUM: '2020-06-10' }), dir };
}

const vraag = (extra: string, body = 'Antwoord.') => `---\ntitel: Een vraag over bezoek?\nstatus: vastgesteld\nlaatstGecontroleerd: 2020-06-02\n${extra}---\n${body}\n`;

describe('npm run check', () => {
  it('accepts valid content (the command as a process: exit code 0, report on stdout)', () => {
    const { code, output, stderr } = cli({});
    expect(stderr).toBe('');
    expect(output).toContain('Inhoud in orde: 4 items');
    expect(code).toBe(0);
  });

  it('refuses an unknown key and suggests the right one (the command as a process: exit code 1, report on stderr)', () => {
    const { code, stderr, stdout } = cli({ 'content/vragen/bezoek.md': vraag('doelgroepn: [ouderen]\n') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/vragen\/bezoek\.md:5: doelgroepn: onbekend veld "doelgroepn"; bedoelde je "doelgroepen"\?/);
    expect(stdout).toBe('');
  });

  it('refuses a missing reference, naming file, line and field', async () => {
    const { code, stderr } = await check({ 'content/vragen/bezoek.md': vraag('doelgroepen:\n  - ouderen\n  - mantelzorgers\n') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/vragen\/bezoek\.md:7: doelgroepen\[1\]: verwijzing: er is geen doelgroep met id "mantelzorgers"/);
  });

  it('refuses a broken link in the body, with its line', async () => {
    const { stderr, code } = await check({ 'content/vragen/bezoek.md': vraag('', 'Eerste regel.\n\nZie [de maatregel](/maatregelen/bestaat-niet/).') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/vragen\/bezoek\.md:8: body: link naar \/maatregelen\/bestaat-niet\/: er is geen maatregel/);
  });

  it('refuses duplicate ids', async () => {
    const { stderr, code } = await check({ 'content/doelgroepen/ouderen.mdx': '---\ntitel: Ouderen (dubbel)\n---\n' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/doelgroepen\/ouderen\.mdx?:1: dubbele id "ouderen"/);
  });

  it('refuses impossible dates and wrong enum values', async () => {
    const { stderr, code } = await check({ 'content/vragen/bezoek.md': vraag('').replace('2020-06-02', '2020-02-30').replace('status: vastgesteld', 'status: goedgekeurd') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/bezoek\.md:3: status: "goedgekeurd" is geen geldige status van een vraag; kies uit: concept, ter afstemming, vastgesteld, vervallen/);
    expect(stderr).toMatch(/bezoek\.md:4: laatstGecontroleerd: "2020-02-30" is geen bestaande datum/);
  });

  it('refuses dates in the wrong order', async () => {
    const file = minimalContent()['maatregelen/herstart-dagbesteding.md']!.replace('vanKrachtVanaf: 2020-06-01', 'vanKrachtVanaf: 2020-06-01\ntotEnMet: 2020-05-01');
    const { stderr, code } = await check({ 'content/maatregelen/herstart-dagbesteding.md': file });
    expect(code).toBe(1);
    expect(stderr).toMatch(/herstart-dagbesteding\.md:6: totEnMet: totEnMet \(2020-05-01\) ligt vóór vanKrachtVanaf \(2020-06-01\)/);
  });

  it('refuses a public entry that references an internal one, naming both', async () => {
    const { stderr, code } = await check({
      'content/doelgroepen/mantelzorgers.md': '---\ntitel: Mantelzorgers\n---\n',
      'content/vragen/bezoek.md': vraag('zichtbaarheid: publiek\ndoelgroepen: [mantelzorgers]\n'),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/bezoek\.md:6: doelgroepen\[0\]: publieke vraag "bezoek" verwijst naar doelgroep "mantelzorgers", maar dat is niet publiek: het is intern/);
  });

  it('refuses malformed frontmatter and invalid YAML', async () => {
    const { stderr, code } = await check({
      'content/vragen/geen-einde.md': '---\ntitel: Zonder einde\nstatus: concept\n',
      'content/vragen/kapotte-yaml.md': '---\ntitel: "Niet afgesloten\nstatus: concept\n---\nTekst\n',
      'content/vragen/zonder-frontmatter.md': 'Alleen tekst.\n',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/geen-einde\.md:1: de frontmatter wordt niet afgesloten/);
    expect(stderr).toMatch(/kapotte-yaml\.md:\d+: ongeldige YAML in de frontmatter/);
    expect(stderr).toMatch(/zonder-frontmatter\.md:1: frontmatter ontbreekt/);
  });

  it('refuses invalid UTF-8, with the line of the bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitel: Bezoek\nstatus: concept\nlaatstGecontroleerd: 2020-06-02\n---\nregel een\nregel twee '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    const { stderr, code } = await check({ 'content/vragen/latin1.md': bytes });
    expect(code).toBe(1);
    expect(stderr).toMatch(/latin1\.md:7: het bestand is geen geldige UTF-8/);
  });

  it('refuses an MDX syntax error, with its line', async () => {
    const { stderr, code } = await check({ 'content/vragen/mdx-fout.mdx': vraag('', 'Eerste alinea.\n\nDit kost {minder dan <5 euro.') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/mdx-fout\.mdx:(7|8): body: MDX-syntaxfout/);
  });

  it('prints every problem, not only the first, with a count', async () => {
    const { stderr } = await check({
      'content/vragen/a.md': vraag('doelgroepn: [ouderen]\n'),
      'content/vragen/b.md': vraag('maatregelen: [bestaat-niet]\n'),
    });
    expect(stderr).toMatch(/a\.md:5: doelgroepn/);
    expect(stderr).toMatch(/b\.md:5: maatregelen\[0\]/);
    expect(stderr).toMatch(/2 problemen in 2 bestanden\./);
  });

  it('reports every file in content/ that no collection reads, with a hint', async () => {
    const { stderr, code } = await check({
      'content/vraagen/bezoek.md': vraag(''),
      'content/los.md': vraag(''),
      'content/vragen/hoofdletters.MD': vraag(''),
      'content/vragen/lang.markdown': vraag(''),
      'content/vragen/notitie.txt': 'Aantekening.\n',
      'content/vragen/bezoek.mdx~': vraag(''),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/vraagen\/bezoek\.md: de map "vraagen" is geen collectie, dus dit bestand wordt niet gelezen; bedoelde je "vragen"\?/);
    expect(stderr).toMatch(/content\/los\.md: dit bestand staat direct in de inhoudsmap/);
    expect(stderr).toMatch(/content\/vragen\/hoofdletters\.MD: de extensie "\.MD" moet in kleine letters: hernoem het bestand naar hoofdletters\.md/);
    expect(stderr).toMatch(/content\/vragen\/lang\.markdown: de extensie "\.markdown" wordt niet gelezen: hernoem het bestand naar lang\.md/);
    expect(stderr).toMatch(/content\/vragen\/notitie\.txt: bestanden met de extensie "\.txt" worden niet gelezen/);
    expect(stderr).toMatch(/content\/vragen\/bezoek\.mdx~: dit lijkt een reservekopie/);
    expect(stderr).toMatch(/6 problemen in 6 bestanden\./);
  });

  it('ignores names starting with _ or a dot, as documented', async () => {
    const { code, output } = await check({
      'content/vragen/_concept.md': 'nog geen frontmatter',
      'content/vragen/_oud/bezoek.md': 'oud',
      'content/_sjablonen/vraag.md': 'sjabloon',
      'content/.DS_Store': new Uint8Array([0, 1, 2]),
      'content/vragen/.bezoek.md.swp': new Uint8Array([0xff]),
    });
    expect(output).toContain('Inhoud in orde: 4 items');
    expect(code).toBe(0);
  });

  it('enforces the passage status rules', async () => {
    const passage = (extra: string) => `---\ntitel: Passage over dagbesteding\nsoort: Kamerbrief\n${extra}---\nTekst.\n`;
    const { stderr, code } = await check({
      'content/passages/zonder-datum.md': passage('status: vastgesteld\n'),
      'content/passages/zonder-opvolger.md': passage('status: vervallen\n'),
      'content/passages/rond-a.md': passage('status: vervallen\nvervangenDoor: rond-b\n'),
      'content/passages/rond-b.md': passage('status: vervallen\nvervangenDoor: rond-a\n'),
      'content/passages/nieuw.md': passage('status: concept\n'),
      'content/passages/oud.md': passage('status: vervallen\nvervangenDoor: nieuw\n'),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/zonder-datum\.md:\d+: vastgesteldOp: een vastgestelde passage heeft een datum van vaststelling nodig/);
    expect(stderr).toMatch(/zonder-datum\.md:\d+: vastgesteldDoor: /);
    expect(stderr).toMatch(/zonder-opvolger\.md:4: status: een vervallen passage noemt de opvolger/);
    expect(stderr).toMatch(/rond-a\.md:5: vervangenDoor: de keten van opvolgers loopt rond: rond-a → rond-b → rond-a/);
    expect(stderr).toMatch(/oud\.md:5: vervangenDoor: de opvolger "nieuw" is nog niet vastgesteld \(status: concept\)/);
  });
});

describe('npm run check: the required pages', () => {
  it('refuses a corpus without the accessibility statement, privacy statement or contact page, naming each', () => {
    const dir = writeTree(Object.fromEntries(Object.entries(minimalContent()).filter(([k]) => !k.startsWith('_paginas/')).map(([k, v]) => [`content/${k}`, v])));
    const { code, stderr } = runScript('check.ts', { WEGWIJS_CONTENT: `${dir}/content`, WEGWIJS_PEILDATUM: '2020-06-10' });
    expect(code).not.toBe(0);
    expect(stderr).toContain('content/_paginas/toegankelijkheid.md: verplichte pagina "Toegankelijkheid" (/toegankelijkheid/) ontbreekt');
    expect(stderr).toContain('content/_paginas/privacy.md: verplichte pagina "Privacy" (/privacy/) ontbreekt');
    expect(stderr).toContain('content/_paginas/contact.md: verplichte pagina "Contact" (/contact/) ontbreekt');
  });

  it('refuses an accessibility statement without status or date of the last check, with the line', async () => {
    const { code, stderr } = await check({
      'content/_paginas/toegankelijkheid.md': '---\ntitel: Toegankelijkheidsverklaring\nbeschrijving: Hoe toegankelijk Wegwijs is en hoe u een probleem meldt.\ngewijzigd: 2020-05-20\nstatus: bijna klaar\n---\nTekst.\n',
    });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/content\/_paginas\/toegankelijkheid\.md:5: status: moet een van deze zijn: voldoet volledig/);
    expect(stderr).toMatch(/content\/_paginas\/toegankelijkheid\.md:2: laatstGecontroleerd: verplicht veld ontbreekt/);
  });

  it('refuses a desk ("Waar kunt u terecht") for an unknown target group or theme, and a missing list', async () => {
    const { code, stderr } = await check({
      'content/_paginas/loketten.yaml': '- naam: Uw gemeente\n  omschrijving: Voor ondersteuning thuis.\n  doelgroepen: [ouderen, jongeren]\n  themas: [vakantie]\n',
    });
    expect(code).not.toBe(0);
    expect(stderr).toContain('content/_paginas/loketten.yaml: loket 1 ("Uw gemeente"), doelgroepen: onbekende doelgroep "jongeren"');
    expect(stderr).toContain('loket 1 ("Uw gemeente"), themas: onbekend thema "vakantie"');
    const dir = writeTree(Object.fromEntries(Object.entries(minimalContent()).filter(([k]) => k !== '_paginas/loketten.yaml').map(([k, v]) => [`content/${k}`, v])));
    const missing = runScript('check.ts', { WEGWIJS_CONTENT: `${dir}/content`, WEGWIJS_PEILDATUM: '2020-06-10' });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('content/_paginas/loketten.yaml: het bestand met loketten');
  });

  it('refuses personal data on a required page, which is public in both editions', async () => {
    const { code, stderr } = await check({
      'content/_paginas/contact.md': '---\ntitel: Contact\nbeschrijving: Waar u terechtkunt met een vraag over Wegwijs.\ngewijzigd: 2020-05-20\n---\nMail info@minvws.nl of j.jansen@minvws.nl.\n',
    });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/content\/_paginas\/contact\.md:6: .*j\.jansen@minvws\.nl/);
    expect(stderr).not.toContain('info@minvws.nl');
  });
});

describe('npm run check: text rules of the remark plugins', () => {
  it('refuses an unknown Woo ground, with its line', async () => {
    const { stderr, code } = await check({ 'content/vragen/bezoek.md': vraag('', 'Eerste regel.\n\nGesprek met (10)(2z) over bezoek.') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/bezoek\.md:8: body: onbekende Woo-grond "\(10\)\(2z\)"/);
  });

  it('refuses a personal e-mail address in a public entry, accepts an organisation mailbox and internal entries', async () => {
    const { stderr, code } = await check({
      'content/vragen/publiek-mail.md': vraag('zichtbaarheid: publiek\n', 'Mail j.jansen@minvws.nl of info@minvws.nl.'),
      'content/vragen/intern-mail.md': vraag('', 'Mail p.pietersen@minvws.nl.'),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/publiek-mail\.md:7: body: .*j\.jansen@minvws\.nl/);
    expect(stderr).not.toMatch(/info@minvws\.nl/);
    expect(stderr).not.toMatch(/intern-mail/);
  });

  it('accepts redacted addresses in public entries', async () => {
    const { code, output } = await check({ 'content/vragen/gelakt.md': vraag('zichtbaarheid: publiek\n', 'Mail naar (10)(2e)@minvws.nl is beantwoord.') });
    expect(output).toContain('Inhoud in orde');
    expect(code).toBe(0);
  });
});
