/**
 * Fixtures for the import tests, from the seed documents in ../shared/seeds/:
 * - 004 (the Wmo letter of 2 May 2016, kenmerk 954002-149168-DMO): a faithful excerpt of five
 *   sections with its footnotes and Kamerstuk references, the letterhead, and a page header
 *   (kenmerk, page number) in the middle of the text as Word repeats it on every page; the list
 *   of monitors under "Monitoring en informatie" is set as a table;
 * - 002 (minutes of the Corona ContinuïteitsTeam LZ, 18 March 2020): the whole text with its
 *   "(actie …)" markers and the (10)(2e) redactions as released;
 * - the route map "Herstart dagbesteding" as a Word table per period (from seed 000 and the
 *   route map in content/).
 * Written as HTML with LibreOffice's own footnote markup and turned into real .docx files by
 * LibreOffice (`soffice --headless --convert-to docx`) in the test setup.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function findSoffice(): string | undefined {
  if (process.env['WEGWIJS_SOFFICE']) return process.env['WEGWIJS_SOFFICE'];
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() || undefined : undefined;
}

/** HTML files → .docx files with LibreOffice, in a temporary folder; returns the paths by name. */
export function toDocx(soffice: string, files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-import-docx-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'wegwijs-soffice-profile-'));
  const inputs = Object.entries(files).map(([name, html]) => {
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, html);
    return file;
  });
  const out = path.join(dir, 'docx');
  const result = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, ...inputs],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const paths: Record<string, string> = {};
  for (const name of Object.keys(files)) {
    const file = path.join(out, `${name}.docx`);
    if (!existsSync(file)) throw new Error(`LibreOffice maakte geen ${name}.docx: ${result.stderr || result.stdout}`);
    paths[name] = file;
  }
  return paths;
}

export const bytesOf = (file: string) => new Uint8Array(readFileSync(file));

const page = (body: string) => `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>document</title></head><body>\n${body}\n</body></html>`;

/** LibreOffice's HTML footnote markup, which its importer turns into real footnotes. */
const note = (n: number) => `<a class="sdfootnoteanc" name="sdfootnote${n}anc" href="#sdfootnote${n}sym"><sup>${n}</sup></a>`;
const noteText = (n: number, text: string) => `<div id="sdfootnote${n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote${n}sym" href="#sdfootnote${n}anc">${n}</a>${text}</p></div>`;

/** The footnotes of the letter excerpt, as in the original (renumbered 1–5 in order). */
export const LETTER_NOTES = [
  'TK 2015-2016, 34 104, nr. 105',
  'De ontwikkelingen op het gebied van het PGB en de Eigen Bijdragen komen niet in deze rapportage aan de orde. Over de ontwikkelingen omtrent PGB heb ik u in de Pgb-brief van 17 maart 2016 (TK 2015-2016, 25 657, nr. 234) geïnformeerd. Over het Right to Challenge en de notitie ‘grenzen aan informele zorg’ heb ik u begin maart geïnformeerd middels de brief Stand van zaken maatwerkaanpak (TK 2015-2016, 29 362, nr. 251). Tot slot ontvangt u later deze maand mijn, in de brief van 15 april jl. (TK 2014-2015, 29 538, nr. 180), toegezegde reactie op het SCP-rapport “Zorg beter begrepen” over mensen met een licht verstandelijke beperking.',
  'TK 2015-2016, 29 538, nr. 202',
  'https://vng.nl/onderwerpenindex/maatschappelijke-ondersteuning/wmo-2015/nieuws/samenwerkingsagenda-zn-en-vng-voor-zorg-ondersteuning',
  'TK 2015-2016, 34 200 - XVI',
];

/** The letter's sections: heading and paragraphs (HTML), as they should come out as passages. */
export const LETTER_SECTIONS: { title: string; html: string }[] = [
  {
    title: 'Inleiding',
    html: `<p>De Wmo 2015 is nu zestien maanden in werking. De transitie had vijf focuspunten die randvoorwaardelijk waren om de continuïteit van zorg voor cliënten te kunnen borgen: inkoop, communicatie, organisatie, beleid en toegang. Nu de transitie is gerealiseerd moet de aandacht verlegd worden naar een goed werkende praktijk, die voor gebruikers van zorg en ondersteuning en professionals <b>merkbaar beter</b> wordt.</p>
<p>Samen met cliëntorganisaties en de VNG kom ik uit op drie prioritaire doelstellingen waarvan we met elkaar kunnen zeggen: als die op lokaal niveau behaald worden, is niet alleen de transitie maar ook de transformatie geslaagd.</p>
<p>Kenmerk<br>954002-149168-DMO</p>
<p>2</p>
<p>Deze brief gaat specifiek in op de Wmo 2015, nu ik u recent al separaat heb geïnformeerd over de Wlz in mijn brief ‘Waardig leven met zorg’${note(1)}.</p>`,
  },
  {
    title: 'Ambitie 2016 -2018 – merkbaar beter',
    html: `<p>Samen met de nu al betrokken partijen (VNG, NPCF, Ieder(in), Mezzo, LPGGZ, Zorgbelang en Koepel Adviesraden Sociaal Domein) zijn drie (hoofd)doelstellingen benoemd waarlangs we onze activiteiten richten:</p>
<ol><li>Versterking van de positie van de cliënt;</li><li>Maatwerk in levensbrede zorg en ondersteuning gericht op zelfredzaamheid en participatie;</li><li>Een inclusieve samenleving, verrijkt door maatschappelijke initiatieven.</li></ol>
<p>In het vervolg van deze brief schets ik u waar het bij deze doelstellingen om gaat, wat nodig is om dit te bereiken, wat we hiervoor al in gang hebben gezet en waar we in de praktijk al mooie voorbeelden zien. Dit alles vormt samen de ontwikkelagenda <i>‘Volwaardig meedoen 2016-2018’</i>.</p>`,
  },
  {
    title: 'Actualiteiten 1e kwartaal 2016',
    html: `<p>Er zijn een aantal onderwerpen die nog specifieke aandacht vragen. De debatten met u in de afgelopen maanden hebben zich geconcentreerd op veel van deze punten en daaruit zijn meerdere moties en toezeggingen gekomen. In het vervolg van deze brief informeer ik u over actualiteiten op deze thema’s, voor zover deze niet al eerder met uw Kamer zijn gedeeld${note(2)}.</p>
<p>Tijdens het AO decentralisatie Wmo op 2 december jl. heb ik toegezegd in overleg met de VNG en Zorgverzekeraars Nederland te bezien hoe de samenwerking tussen gemeenten en verzekeraars kan leiden tot een effectievere (preventieve) zorgverlening en daarbij ook de discussie over een ‘betaaltitel’ voor selectieve preventie te betrekken${note(3)}. Recent hebben ZN en de VNG, de minister en mij, middels een brief geïnformeerd over deze gezamenlijke agenda${note(4)}.</p>`,
  },
  {
    title: 'Monitoring en informatie',
    html: `<p>Om mijn rol als systeemverantwoordelijke in te vullen is goed uitvoeringsinformatie nodig. Voor een deel voorzien monitors en evaluaties, waarvan ik de belangrijkste hieronder toelicht, in deze informatie.</p>
<table border="1"><tr><th>Monitor</th><th>Wanneer</th></tr><tr><td>Evaluatie HLZ</td><td>eind 2017</td></tr><tr><td>Monitor LZ</td><td>voorjaar 2016</td></tr><tr><td>Overall rapportage sociaal domein</td><td>mei 2016</td></tr></table>`,
  },
  {
    title: 'Consultatiebureau Losser',
    html: `<p>Daarnaast heeft uw Kamer bij de behandeling van de VWS-begroting voor 2016 mijn aandacht gevraagd voor het consultatiebureau voor ouderen in de gemeente Losser${note(5)} in relatie tot de Wmo 2015 en de Wet Publieke Gezondheid (WPG). Deze toezegging doe ik hiermee gestand.</p>`,
  },
];

export const LETTER_HTML = page(`<p>Ministerie van Volksgezondheid, Welzijn en Sport</p>
<p>&gt; Retouradres Postbus 20350 2500 EJ Den Haag</p>
<p>De Voorzitter van de Tweede Kamer<br>der Staten-Generaal<br>Postbus 20018<br>2500 EA DEN HAAG</p>
<p><b>Bezoekadres</b><br>Parnassusplein 5<br>2511 VX Den Haag<br>T 070 340 79 11<br>www.rijksoverheid.nl</p>
<p><b>Kenmerk</b><br>954002-149168-DMO</p>
<p><b>Datum</b> 2 mei 2016</p>
<p><b>Betreft</b> Voortgangsrapportage Wmo 2015</p>
<p>Geachte voorzitter,</p>
${LETTER_SECTIONS.map((s) => `<h2>${s.title}</h2>\n${s.html}`).join('\n')}
<p>Hoogachtend,</p>
<p>de staatssecretaris van Volksgezondheid,<br>Welzijn en Sport,</p>
<p>drs. M.J. van Rijn</p>
${LETTER_NOTES.map((text, i) => noteText(i + 1, text)).join('\n')}`);

/**
 * The same letter as officielebekendmakingen.nl shows a parliamentary paper: metadata in
 * `<meta>` elements, intermediate headings as `<p class="tussenkop">`, notes as `<sup><a
 * class="nootnum">` with the texts in a list at the end.
 */
export const OFFICIAL_HTML = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Voortgangsrapportage Wmo 2015 | Overheid.nl &gt; Officiële bekendmakingen</title>
<meta name="DC.title" content="Voortgangsrapportage Wmo 2015">
<meta name="OVERHEIDop.vergaderjaar" content="2015-2016">
<meta name="DCTERMS.issued" content="2016-05-02">
<meta name="DC.type" content="Kamerstuk">
</head><body><div class="stuk">
<p>Geachte voorzitter,</p>
${LETTER_SECTIONS.map(
  (s) =>
    `<p class="tussenkop"><strong>${s.title}</strong></p>\n${s.html
      .replace(/<p>Kenmerk<br>954002-149168-DMO<\/p>\s*<p>2<\/p>\s*/, '')
      .replace(/<a class="sdfootnoteanc"[^>]*><sup>(\d)<\/sup><\/a>/g, '<sup><a class="nootnum supernote-click-ID-1-$1" href="#ID-1-$1">$1</a></sup>')}`,
).join('\n')}
<p>Hoogachtend,</p>
<p>de staatssecretaris van Volksgezondheid, Welzijn en Sport,</p>
<p>M.J. van Rijn</p>
</div>
<div id="noten"><h2>Noten</h2><dl>
${LETTER_NOTES.map((text, i) => `<dt class="nootnum" id="ID-1-${i + 1}"><a href="#supernote-ID-1-${i + 1}">${i + 1}</a></dt><dd><p>${text}</p></dd>`).join('\n')}
</dl></div></body></html>`;

/** The minutes of 18 March 2020 (seed 002), as released: names redacted as (10)(2e). */
export const MINUTES_HTML = page(`<h1>verslag</h1>
<table border="1">
<tr><td>Betreft</td><td>Corona ContinuïteitsTeam LZ</td></tr>
<tr><td>Vergaderdatum en -tijd</td><td>18 maart 2020 9:30-10:30 uur</td></tr>
<tr><td>Vergaderplaats</td><td>Ministerie VWS</td></tr>
<tr><td>Aanwezig</td><td>MVWS, DG LZ, (10)(2e) (MEVA), (10)(2e) (10)(2e) (Dco), (10)(2e) (10)(2e) (10)(2e) (PA), (10)(2e) (10)(2e) (MO), (10)(2e) (10)(2e) (10)(2e) (LZ), (10)(2e) (10)(2e) (LZ), (10)(2e) (Jeugd), (10)(2e) (Z), (10)(2e) (10)(2e) (10)(2e) (FEZ), (10)(2e) (CZ), (10)(2e) (10)(2e) (Dco), (10)(2e) (10)(2e) (10)(2e) (10)(2e) (10)(2e) (10)(2e) (BPZ)</td></tr>
</table>
<p><b>Secretaris Generaal / plv.<br>Secretaris Generaal</b><br>Directie Bestuurlijke en<br>Politieke Zaken<br>Bureau Bestuurlijke-politieke<br>advisering</p>
<p><b>Bezoekadres:</b><br>Parnassusplein 5<br>2511 VX Den Haag<br>T 070 340 79 11<br>F 070 340 78 34</p>
<p><b>Inlichtingen bij</b></p>
<p>(10)(2e)</p>
<p>(Senior) Adviseur</p>
<p>(10)(2e) @minvws.nl</p>
<p><b>Datum</b></p>
<p>16 maart 2020</p>
<p><b>Aantal pagina's</b></p>
<p>3</p>
<h2>Opening</h2>
<h3>1. Continuïteit van zorg + instructies aan de zorg</h3>
<ul>
<li>Hoe loopt informeren van sectoren over OMT advies? OMT advies is niet instruerend over hulpmiddelen, wel duidelijker over testen. Vragen daarbij heeft (10)(2e) opgesteld en zouden via (10)(2e) naar OMT worden gestuurd. Zodat werkgroepen die bezig zijn met toelichting /instructie voor de sectoren (NHG, werkgroep testen, en Verenso instructie voor ouderenzorg) aan de slag kunnen. Er wordt gecheckt wie nu aan de slag is en informatie daarover wordt gedeeld met MVWS. <b>(actie DGLZ)</b></li>
<li>Zodra er duidelijkheid is over proces kan tegen koepels gezegd worden dat specificering van OMT advies wordt gemaakt, en met hen wordt afgestemd. Hopelijk is er duidelijkheid voor start overleg sectoren vandaag, maar crisisteam is ook bezig met debatvoorbereiding.</li>
<li>Vraag over IC capaciteit en industrie van MVWS: mogelijk moet MVWS bellen hierover. Hij krijgt sein van (10)(2e).</li>
</ul>
<h3>2. Arbeidsmarkt, o.a.:</h3>
<ul>
<li>Druk bezig met matches vraag en aanbod via regionale contactpunten (werkgevers en Regioplus). Er wordt gewerkt aan persbericht. Persbericht hoeft niet per se voor debat uit. <b>(actie MEVA en Dco)</b></li>
<li>Vraag over kwaliteitsregister Jeugd is work in progress. <b>(actie MEVA)</b></li>
<li>VOG's bij instroom is knelpunt vanwege tijd die het duurt voordat VOG wordt afgegeven. Hierover is overleg met J&amp;V. <b>(actie MEVA)</b></li>
<li>Eerste ronde gesprekken met vakbonden geweest over waardering en ontzorgen van personeel. Vandaag worden werkgevers gepolst. Doel is om einde van de week vakbonden en werkgevers bijeen te krijgen. <b>(actie MEVA)</b></li>
<li>Knelpunt: opvang voor kinderen van zorgpersoneel die geweigerd wordt als er maar één ouder in een cruciaal beroep is. Lijn is verduidelijkt, maar er blijft verwarring. MVWS is akkoord en wil graag linken met lijst cruciale beroepen. Graag rond 12 communiceren. <b>(actie MEVA en Dco)</b></li>
</ul>
<p>Secretaris Generaal / plv.<br>Secretaris Generaal<br>Directie Bestuurlijke en<br>Politieke Zaken<br>Bureau Bestuurlijke-politieke<br>advisering</p>
<p><b>Datum</b><br>16 maart 2020</p>
<h3>3. <b>Financiële ondersteuning</b></h3>
<ul>
<li>MVWS wil graag einde van de week tot bestuurlijke afspraken komen, met een veel preciezer lijn voor 3 financiers (zorgkantoren, zorgverzekeraars en gemeenten) <b>(Actie FEZ)</b>. Welk proces doorlopen we daarvoor, met name voor gemeenten?
<ul><li>DGLZ heeft contact gehad hierover met VNG. Voorstel is dat DGLZ nog meekijkt op ledenbrief voordat de brief wordt gestuurd. <b>(actie FEZ en DGLZ)</b> VNG weet van doel om nadere afspraken te maken.</li></ul></li>
<li>PGB is apart aandachtspunt. <b>(10)(2e)</b> is daar mee bezig.</li>
<li>MVWS vraagt of er duidelijke Q&amp;A's op website staan over financiering zoals bijv. brief van zorgverzekeraars. We verwijzen tot de bestuurlijke afspraken naar berichten zoals die van de zorgverzekeraar. <b>(Actie Dco)</b></li>
</ul>
<h3>4. <b>Maatschappelijke initiatieven</b></h3>
<ul>
<li>Het samenwerkingsplatform dat we gaan gebruiken voor hulpvraag en aanbod is <i>NL voor elkaar</i>. Zij faciliteren al in 55 gemeenten.</li>
<li>Het idee is om aandacht te genereren voor huiselijk geweld en kindermishandeling. MVWS vindt dat mooie boodschap, bijv. samen met kindertelefoon. Jeugd en MO werken uit. <b>(actie Jeugd en MO)</b></li>
<li>Minister ontvangt nota over Valysvervoer. <b>(Actie MO)</b></li>
</ul>
<h4>5. <b>Varia</b></h4>
<ul>
<li>Minister wil graag toewerken naar 'update van de zorg' zodat info wordt gecentraliseerd. DGLZ stelt voor om Kamerbrief te sturen zodra eea rond is. Er wordt nog uitvraag gedaan om alle onderdelen daarin te krijgen <b>(actie BPZ)</b>. Dco denkt ook over mee <b>(actie DCo)</b>.</li>
</ul>`);

/** The "(actie …)" markers of the minutes, in order, as written. */
export const MINUTES_ACTIONS = [
  '(actie DGLZ)',
  '(actie MEVA en Dco)',
  '(actie MEVA)',
  '(actie MEVA)',
  '(actie MEVA)',
  '(actie MEVA en Dco)',
  '(Actie FEZ)',
  '(actie FEZ en DGLZ)',
  '(Actie Dco)',
  '(actie Jeugd en MO)',
  '(Actie MO)',
  '(actie BPZ)',
  '(actie DCo)',
];

/** The route map "Herstart dagbesteding" as a Word document: one heading and one table of actions per period. */
export const ROUTE_MAP_HTML = page(`<h1>Routekaart Herstart dagbesteding</h1>
<p><b>Versie</b> 1.0</p>
<p><b>Datum</b> 26 mei 2020</p>
<p><b>Doelgroep</b> Cliënten van dagbesteding</p>
<p>Wat VWS kan doen om te bevorderen dat de dagbesteding voor een ieder in enigerlei vorm vanaf 1 juni 2020 weer wordt opgestart.</p>
<h2>Periode tot 1 juni</h2>
<p>Periode: 20 mei 2020 tot 1 juni 2020</p>
<p>Gemeenten en aanbieders bewust maken van de wens van het kabinet dat iedereen vanaf 1 juni weer een vorm van dagbesteding krijgt aangeboden.</p>
<table border="1"><tr><th>Actie</th><th>Eigenaar</th><th>Deadline</th><th>Status</th></tr>
<tr><td>Het weer opstarten van de dagbesteding aan de orde stellen in het PO VWS-VNG van 26 mei 2020, en de VNG vragen of en zo ja hoe zij de gemeenten heeft geïnformeerd over het besluit/de wens van het kabinet.</td><td>DMO</td><td>26 mei 2020</td><td>gereed</td></tr>
<tr><td>Als dat nog niet is gebeurd: de gemeenten op korte termijn alsnog informeren, met een aanbeveling over hoe te handelen; VWS vraagt om een afschrift van de mededeling.</td><td>VNG</td><td>29 mei 2020</td><td>open</td></tr>
<tr><td>Nieuwsbericht over het openen van de dagbesteding plaatsen in Binnenlands Bestuur.</td><td>DMO</td><td></td><td>open</td></tr>
</table>
<h2>Periode na 1 juni</h2>
<p>Periode: 1 juni 2020 tot 8 juni 2020</p>
<p>In de eerste week van juni nagaan bij een aantal gemeenten of en welke initiatieven worden ondernomen om de dagbesteding voor een ieder op te starten.</p>
<table border="1"><tr><th>Actie</th><th>Eigenaar</th><th>Deadline</th><th>Status</th></tr>
<tr><td>Contact opnemen met een aantal gemeenten over hoe de aanbieders reageren op de wens van het kabinet en wat de meest in het oog lopende problemen zijn.</td><td>DMO</td><td>5 juni 2020</td><td>open</td></tr>
<tr><td>Het bericht over het openen van de dagbesteding actief delen via de eigen kanalen.</td><td>Cliëntenorganisaties</td><td>eerste week van juni</td><td>open</td></tr>
</table>`);

/** The same letter in the XML of officielebekendmakingen.nl (the Staten-Generaal's `kamerstuk` format). */
export const OFFICIAL_XML = `<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<metadata><meta name="DC.title" content="Voortgangsrapportage Wmo 2015"/><meta name="DCTERMS.issued" content="2016-05-02"/></metadata>
<kamerstuk>
<kamerstukkop><kamer nummer="2">Tweede Kamer der Staten-Generaal</kamer><vergaderjaar>Vergaderjaar 2015–2016</vergaderjaar></kamerstukkop>
<stuk><titel>BRIEF VAN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT</titel>
<brief><aanhef><al>Geachte voorzitter,</al></aanhef>
${LETTER_SECTIONS.map(
  (s) =>
    `<tussenkop>${s.title}</tussenkop>\n${s.html
      .replace(/<p>Kenmerk<br>954002-149168-DMO<\/p>\s*<p>2<\/p>\s*/, '')
      .replace(/<a class="sdfootnoteanc"[^>]*><sup>(\d)<\/sup><\/a>/g, (_m, n: string) => `<noot id="ID-${n}"><noot.nr>${n}</noot.nr><noot.al>${LETTER_NOTES[Number(n) - 1]!.replace(/&/g, '&amp;')}</noot.al></noot>`)
      .replace(/<p>/g, '<al>')
      .replace(/<\/p>/g, '</al>')
      .replace(/<b>/g, '<nadruk type="vet">')
      .replace(/<\/b>/g, '</nadruk>')
      .replace(/<i>/g, '<nadruk type="cur">')
      .replace(/<\/i>/g, '</nadruk>')
      .replace(/<ol>/g, '<lijst type="expliciet">')
      .replace(/<\/ol>/g, '</lijst>')
      .replace(/<li>/g, '<li><al>')
      .replace(/<\/li>/g, '</al></li>')
      .replace(/<table border="1">/g, '<tabel><tgroup cols="2">')
      .replace(/<\/table>/g, '</tgroup></tabel>')
      .replace(/<tr><th>(.*?)<\/th><th>(.*?)<\/th><\/tr>/g, '<thead><row><entry>$1</entry><entry>$2</entry></row></thead><tbody>')
      .replace(/<\/tgroup>/g, '</tbody></tgroup>')
      .replace(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g, '<row><entry>$1</entry><entry>$2</entry></row>')}`,
).join('\n')}
<slotformule><al>Hoogachtend,</al></slotformule>
<ondertekening><al>de staatssecretaris van Volksgezondheid, Welzijn en Sport,</al><al>M.J. van Rijn</al></ondertekening>
</brief></stuk></kamerstuk></officiele-publicatie>`;

/** A 4×4 PNG (a grey square), for the image in a letter. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAAAAACMmsGiAAAADklEQVR4nGNoAAIGVAIAUBQIAXAlrj8AAAAASUVORK5CYII=';

/** The letter's "Monitoring en informatie" section with a chart in it, as a letter may have one. */
export const LETTER_WITH_IMAGE_HTML = page(`<p><b>Kenmerk</b><br>954002-149168-DMO</p>
<p><b>Datum</b> 2 mei 2016</p>
<p><b>Betreft</b> Voortgangsrapportage Wmo 2015</p>
<p>Geachte voorzitter,</p>
<h2>Monitoring en informatie</h2>
${LETTER_SECTIONS[3]!.html}
<p><img src="data:image/png;base64,${PNG}" alt="Grafiek: aantal meldingen per week" width="96" height="96"></p>
<p>Hoogachtend,</p>`);
