/**
 * Sentence bank for the benchmark corpus generator (`generate.ts`): Dutch text in the register of
 * the Woo-released VWS documents (Kamerbrief, verslag, dagmail, e-mail with client organisations),
 * split per topic so that search terms such as "avondklok" or "wijkverpleging" occur only in the
 * entries about that topic. No personal data: organisations and roles only, never names.
 *
 * Templates use slots that the generator fills per entry:
 * `{dg}` target group ("ouderen met dementie"), `{datum}` ("1 juni 2020"), `{maand}` ("juni 2020"),
 * `{regio}` ("Twente"), `{partner}` ("de VNG"), `{directie}` ("DMO"), `{aantal}` (a number),
 * `{bedrag}` ("€ 35 miljoen"), `{kamerstuk}` ("(TK 2020-2021, 25 295, nr. 812)"), `{onderwerp}`
 * ("de herstart van de dagbesteding"). Nothing else uses braces, and no template contains `<`, so
 * every filled text is MDX-safe.
 */
import type { Thema } from '../schemas/shared.ts';
import type { MaatregelStatus } from '../schemas/maatregelen.ts';

export type Kader = 'Wmo 2015' | 'Wlz' | 'Jeugdwet' | 'Zvw' | 'Wpg' | 'Twm covid-19' | 'Participatiewet' | 'Wet kinderopvang' | 'geen wettelijke grondslag';

export interface Topic {
  key: string;
  /** Short noun phrase for titles: "herstart dagbesteding". */
  kort: string;
  /** Phrases for `{onderwerp}` in running text. */
  onderwerpen: string[];
  themas: Thema[];
  kaders: Kader[];
  trefwoorden: string[];
  /** Target group ids (from DOELGROEPEN) this topic is mostly about. */
  doelgroepen: string[];
  /** [title template, summary template] of measures. */
  maatregelen: [string, string][];
  /** Question templates (Q&A titles). */
  vragen: string[];
  /** Passage title templates. */
  passages: string[];
  /** Neutral policy statements (measures, passages, sources, target groups). */
  feiten: string[];
  /** Answers addressed to the reader ("u"), for Q&A. */
  burger: string[];
  /** First-person text of the minister, for passages. */
  minister: string[];
  /** Route map actions. */
  acties: string[];
  /** Internal notes; may carry redaction codes. Only used in internal entries. */
  intern: string[];
}

export const TOPICS: Topic[] = [
  {
    key: 'dagbesteding',
    kort: 'herstart dagbesteding',
    onderwerpen: ['de herstart van de dagbesteding', 'het weer opstarten van de dagbesteding', 'dagbesteding in aangepaste vorm'],
    themas: ['dagbesteding', 'zorg-en-ondersteuning-thuis'],
    kaders: ['Wmo 2015', 'Wlz'],
    trefwoorden: ['dagbesteding', 'dagactiviteiten', 'heropening dagbesteding', 'maatwerkvoorziening', 'algemene voorziening', 'inloop'],
    doelgroepen: ['clienten-dagbesteding', 'ouderen-met-dementie', 'mensen-met-een-verstandelijke-beperking', 'mensen-met-lvb', 'ouderen'],
    maatregelen: [
      ['Herstart dagbesteding voor {dg} vanaf {datum}', 'Gemeenten en aanbieders bieden {dg} vanaf {datum} weer een vorm van dagbesteding aan, zo nodig in kleinere groepen of op andere tijden.'],
      ['Dagbesteding in kleine groepen voor {dg} in {regio}', 'Aanbieders in {regio} bieden dagbesteding aan {dg} in vaste kleine groepen, zodat de anderhalve meter kan worden aangehouden.'],
      ['Alternatieve dagbesteding aan huis voor {dg} ({maand})', 'Waar de dagbesteding op locatie niet kan doorgaan, bieden aanbieders {dg} vanaf {maand} activiteiten aan huis of op afstand aan.'],
    ],
    vragen: [
      'Gaat de dagbesteding voor {dg} vanaf {datum} weer open?',
      'Wat kan ik doen als de dagbesteding voor {dg} in {regio} niet weer opstart?',
      'Kan de dagbesteding voor {dg} in {maand} ook aan huis plaatsvinden?',
      'Moet ik een eigen bijdrage betalen voor dagbesteding die in {maand} niet doorging?',
      'Mag een vrijwilliger helpen bij de dagbesteding voor {dg} in {regio}?',
    ],
    passages: ['Herstart dagbesteding voor {dg} ({maand})', 'Dagbesteding in aangepaste vorm voor {dg} in {regio}', 'Stand van zaken dagbesteding {maand}'],
    feiten: [
      'Voor veel {dg} is de dagbesteding de afgelopen periode weggevallen of sterk beperkt.',
      'Het wegvallen van de dagbesteding betekent voor cliënten het verlies van structuur en contacten, en voor hun mantelzorgers een zwaardere belasting.',
      'De dagbesteding wordt lokaal georganiseerd: voor thuiswonende cliënten is de gemeente verantwoordelijk op grond van de Wmo 2015, voor cliënten met een Wlz-indicatie loopt de dagbesteding via het zorgkantoor.',
      'Het gaat zowel om dagbesteding als maatwerkvoorziening als om dagbesteding als algemene voorziening in de wijk.',
      'Een vorm van dagbesteding kan er anders uitzien dan voor de crisis, bijvoorbeeld op andere dagen, in een kleinere groep of gedeeltelijk aan huis.',
      'Uit een inventarisatie onder cliëntondersteuners in {regio} blijkt dat nog niet alle vormen van dagbesteding weer worden aangeboden.',
      'Aanbieders geven aan dat het vervoer naar de dagbesteding een knelpunt is, omdat in de taxibus minder cliënten tegelijk kunnen reizen.',
      'Gemeenten en aanbieders maken lokaal afspraken over de volgorde waarin groepen cliënten weer naar de dagbesteding kunnen.',
      'Sinds {datum} is de dagbesteding in {regio} voor het grootste deel van de cliënten weer op gang gekomen.',
    ],
    burger: [
      'Het kabinet wil dat iedereen die dagbesteding had, weer een vorm van dagbesteding krijgt aangeboden.',
      'Uw aanbieder of gemeente laat u weten wat dit voor u betekent.',
      'Hebt u nog niets gehoord? Neem dan zelf contact op met uw aanbieder van dagbesteding.',
      'Komt de dagbesteding niet op gang, dan kunt u contact opnemen met het Wmo-loket van uw gemeente.',
      'Woont u in een instelling met een Wlz-indicatie? Dan regelt de instelling of het zorgkantoor de dagbesteding.',
      'Het kan zijn dat de dagbesteding op andere dagen of tijden plaatsvindt dan u gewend bent.',
    ],
    minister: [
      'Het kabinet vindt het belangrijk dat iedereen weer een vorm van dagbesteding krijgt aangeboden.',
      'Ik vraag de VNG en de koepels van aanbieders hun leden hierover te informeren, en ik ga na hoe de herstart in de praktijk verloopt.',
      'Ik zal uw Kamer informeren of er groepen cliënten buiten de boot vallen bij het weer opstarten van de dagbesteding.',
      'Dagbesteding wordt meer in de wijk gebracht en gekoppeld aan andere welzijnsactiviteiten, wat de zelfredzaamheid verhoogt en de mantelzorger ontlast.',
    ],
    acties: [
      'Het weer opstarten van de dagbesteding aan de orde stellen in het PO VWS-VNG.',
      'De leden informeren over de wens van het kabinet en een aanbeveling meegeven over hoe te handelen.',
      'Contact opnemen met een aantal gemeenten in {regio} over de stand van de dagbesteding.',
      'De eerder gedane inventarisatie onder cliëntondersteuners herhalen.',
      'Een representatieve inventarisatie laten uitvoeren naar het aanbod van dagbesteding.',
    ],
    intern: [
      'Ouderenorganisaties klaagden over discontinuïteit en over het van het kastje naar de muur gestuurd worden tussen gemeente en aanbieder.',
      'Volgens (10)(2e) is de inventarisatie onder cliëntondersteuners nog niet door iedereen getoetst.',
      'De notitie met eerste ideeën is door [5.1.2e] rondgestuurd ter voorbereiding van het PO.',
    ],
  },
  {
    key: 'mantelzorg',
    kort: 'respijtzorg en mantelzorg',
    onderwerpen: ['de ondersteuning van mantelzorgers', 'respijtzorg en logeeropvang', 'de positie van mantelzorgers'],
    themas: ['mantelzorg', 'zorg-en-ondersteuning-thuis'],
    kaders: ['Wmo 2015'],
    trefwoorden: ['mantelzorg', 'respijtzorg', 'logeeropvang', 'informele zorg', 'mantelzorgondersteuning', 'overbelasting'],
    doelgroepen: ['mantelzorgers', 'jonge-mantelzorgers', 'werkende-mantelzorgers', 'mensen-met-dementie', 'ouderen'],
    maatregelen: [
      ['Respijtzorg voor {dg} in {regio}', 'Gemeenten in {regio} houden respijtzorg en logeeropvang beschikbaar, zodat {dg} hun zorgtaken even kunnen overdragen.'],
      ['Steunpunt mantelzorg voor {dg} ({maand})', 'Vanaf {maand} kunnen {dg} met vragen over het combineren van zorg en werk terecht bij een landelijk steunpunt.'],
      ['Extra ondersteuning van {dg} tijdens de crisis ({maand})', 'Gemeenten zetten vanaf {maand} extra in op ondersteuning en waardering van {dg}, met aandacht voor overbelasting.'],
    ],
    vragen: [
      'Waar kunnen {dg} in {regio} terecht voor respijtzorg?',
      'Gaat de logeeropvang voor {dg} in {maand} door?',
      'Hoe kan ik als mantelzorger van {dg} overbelasting voorkomen?',
      'Krijgen {dg} voorrang bij ondersteuning van de gemeente in {regio}?',
      'Wat kan de gemeente doen voor {dg} die het zwaar hebben ({maand})?',
    ],
    passages: ['Ondersteuning van {dg} ({maand})', 'Respijtzorg en logeeropvang voor {dg}', 'Mantelzorg in {regio}'],
    feiten: [
      'Ruim vier miljoen mensen in Nederland geven mantelzorg aan een naaste met een ziekte, beperking of ouderdomsklachten.',
      'Gemeenten hebben onder de Wmo 2015 een taak in de ondersteuning en waardering van mantelzorgers.',
      'Het onderzoek naar de ondersteuningsvraag van een cliënt vindt waar mogelijk samen met de mantelzorger plaats.',
      'Door het wegvallen van dagbesteding en respijtzorg nam de belasting van {dg} sterk toe.',
      'Er is een aparte werkgroep over respijtzorg en mantelzorg, omdat over die onderwerpen veel vragen binnenkomen.',
      'Mezzo en de VNG ontwikkelen een instrument dat mantelzorgers helpt zich op het gesprek met de gemeente voor te bereiden.',
      'In {regio} zijn logeerhuizen in aangepaste vorm opengebleven, met minder gasten tegelijk.',
      'Werkgevers kunnen werkende mantelzorgers helpen door flexibele werktijden en verlof mogelijk te maken.',
    ],
    burger: [
      'Bent u mantelzorger en zoekt u ondersteuning? Neem dan contact op met uw gemeente.',
      'Veel gemeenten hebben een steunpunt mantelzorg waar u terecht kunt voor advies en een luisterend oor.',
      'Respijtzorg betekent dat iemand anders de zorg tijdelijk van u overneemt, zodat u even op adem kunt komen.',
      'Het is verstandig om op tijd hulp te vragen als u merkt dat de zorg voor uw naaste u zwaar valt.',
      'U kunt de gemeente vragen om een keukentafelgesprek waarin ook uw eigen situatie als mantelzorger aan bod komt.',
      'Werkt u naast de zorg voor uw naaste? Bespreek dan met uw werkgever welke mogelijkheden er zijn.',
    ],
    minister: [
      'Mantelzorgers verdienen onze waardering en steun, juist nu de zorg voor hun naaste zwaarder is geworden.',
      'Samen met Mezzo en de partijen van de Toekomstagenda informele zorg en ondersteuning werk ik aan het versterken van de positie van de mantelzorger.',
      'Ik vraag gemeenten om respijtzorg zoveel mogelijk beschikbaar te houden.',
      'In de voortgangsrapportage informele zorg heb ik uw Kamer over deze aanpak geïnformeerd.',
    ],
    acties: [
      'Een overzicht maken van de beschikbare respijtzorg per gemeente.',
      'Met Mezzo afstemmen over de informatie voor mantelzorgers op de website.',
      'In de werkgroep respijtzorg en mantelzorg de knelpunten uit {regio} bespreken.',
      'Een bericht over ondersteuning van mantelzorgers delen via de eigen kanalen.',
    ],
    intern: [
      'Mezzo heeft via [5.1.2e] laten weten dat de signalen over overbelasting toenemen.',
      'Het voorstel voor een landelijk steunpunt is nog niet met FEZ afgestemd.',
      'In het werkgroepoverleg is afgesproken dat (10)(2e) een eerste versie van de tekst maakt.',
    ],
  },
  {
    key: 'bezoek',
    kort: 'bezoekregeling',
    onderwerpen: ['de bezoekregeling in zorginstellingen', 'het weer toelaten van bezoek', 'bezoek in verpleeghuizen en gehandicaptenzorg'],
    themas: ['bezoek'],
    kaders: ['Wlz', 'Wpg'],
    trefwoorden: ['bezoek', 'bezoekregeling', 'verpleeghuis', 'gehandicaptenzorg', 'vaste bezoeker', 'bezoekverbod'],
    doelgroepen: ['verpleeghuisbewoners', 'bewoners-gehandicaptenzorg', 'ouderen-met-dementie', 'mantelzorgers', 'ouderen'],
    maatregelen: [
      ['Bezoekregeling voor {dg} vanaf {datum}', 'Vanaf {datum} mogen {dg} weer bezoek ontvangen van een vaste bezoeker, volgens de handreiking van de koepels.'],
      ['Ruimere bezoekmogelijkheden voor {dg} in {regio}', 'Instellingen in {regio} verruimen het bezoek aan {dg} stap voor stap, met aandacht voor de lokale situatie.'],
      ['Bezoek in de stervensfase voor {dg} ({maand})', 'Ook tijdens een bezoekbeperking blijft bezoek aan {dg} in de stervensfase mogelijk; dit is in {maand} opnieuw bevestigd.'],
    ],
    vragen: [
      'Mag ik {dg} vanaf {datum} weer bezoeken?',
      'Hoeveel bezoekers mogen {dg} in {regio} ontvangen?',
      'Mag ik mijn naaste bezoeken als de instelling in {maand} een uitbraak heeft?',
      'Wat als de instelling bezoek aan {dg} in {regio} weigert?',
      'Moet ik een mondkapje dragen als ik {dg} bezoek ({maand})?',
    ],
    passages: ['Bezoekregeling voor {dg} ({maand})', 'Verruiming bezoek aan {dg}', 'Bezoek en eenzaamheid in instellingen ({maand})'],
    feiten: [
      'Om kwetsbare bewoners te beschermen gold een periode een bezoekverbod in verpleeghuizen en kleinschalige woonvormen.',
      'Het bezoekverbod had grote gevolgen voor het welzijn van bewoners en hun naasten.',
      'De koepels van aanbieders hebben een handreiking opgesteld voor het stap voor stap weer toelaten van bezoek.',
      'Instellingen maken zelf een afweging, samen met cliëntenraden en de GGD, en houden daarbij rekening met de lokale situatie.',
      'Bij een uitbraak kan een instelling het bezoek tijdelijk weer beperken.',
      'Bezoek aan bewoners in de stervensfase blijft in alle gevallen mogelijk.',
      'In {regio} hebben {aantal} locaties het bezoek inmiddels verruimd.',
      'Cliëntenorganisaties hebben zich ingezet voor betere bezoekregelingen in de gehandicaptenzorg.',
    ],
    burger: [
      'De instelling laat u weten welke afspraken er gelden voor bezoek.',
      'Hebt u klachten over verkoudheid of koorts? Kom dan niet op bezoek.',
      'Spreek vooraf met de instelling af wanneer u op bezoek komt.',
      'Bent u het niet eens met de bezoekregeling? Bespreek dat dan eerst met de instelling of de cliëntenraad.',
      'Komt u er met de instelling niet uit, dan kunt u een klacht indienen bij de klachtenfunctionaris.',
      'Bezoek aan iemand in de laatste levensfase is altijd mogelijk.',
    ],
    minister: [
      'Ik besef hoe zwaar het voor bewoners en hun naasten is geweest dat bezoek niet of nauwelijks mogelijk was.',
      'Samen met de koepels werk ik aan een zorgvuldige verruiming van het bezoek.',
      'Een algemeen bezoekverbod wil ik in de toekomst voorkomen.',
      'Ik heb de instellingen gevraagd de bezoekregeling te bespreken met de cliëntenraad.',
    ],
    acties: [
      'De handreiking bezoek afstemmen met de koepels van aanbieders en de cliëntenorganisaties.',
      'Een monitor laten uitvoeren naar de ervaringen met de bezoekregeling.',
      'Signalen over instellingen die bezoek weigeren doorgeven aan de inspectie.',
      'De tekst over bezoek op de website actualiseren.',
    ],
    intern: [
      'De koepels hebben (10)(2e) laten weten dat de handreiking nog niet definitief is.',
      'Er zijn signalen uit {regio} dat locaties strenger zijn dan de handreiking, zie de mail van [5.1.2e].',
    ],
  },
  {
    key: 'mondkapjes',
    kort: 'uitzondering mondkapjesplicht',
    onderwerpen: ['de uitzondering op de mondkapjesplicht', 'de mondkapjesplicht in het openbaar vervoer', 'mondkapjes in de zorg'],
    themas: ['mondkapjes', 'toegankelijkheid'],
    kaders: ['Twm covid-19', 'Wpg'],
    trefwoorden: ['mondkapje', 'mondkapjesplicht', 'uitzondering', 'mondkapjesverklaring', 'openbaar vervoer', 'gezichtsmasker'],
    doelgroepen: ['mensen-met-een-beperking', 'mensen-met-een-chronische-ziekte', 'doven-en-slechthorenden', 'mensen-met-autisme', 'mensen-met-psychische-problemen'],
    maatregelen: [
      ['Uitzondering op de mondkapjesplicht voor {dg} vanaf {datum}', 'Vanaf {datum} hoeven {dg} die door hun beperking of ziekte geen mondkapje kunnen dragen dat niet te doen.'],
      ['Mondkapjesverklaring voor {dg} ({maand})', 'Met een verklaring kunnen {dg} laten zien dat zij onder de uitzondering op de mondkapjesplicht vallen.'],
      ['Transparante mondkapjes voor begeleiders van {dg}', 'Begeleiders van {dg} kunnen transparante mondkapjes gebruiken, zodat liplezen en mimiek mogelijk blijven.'],
    ],
    vragen: [
      'Moeten {dg} een mondkapje dragen in het openbaar vervoer ({maand})?',
      'Hoe laat ik zien dat ik als een van de {dg} onder de uitzondering op de mondkapjesplicht val?',
      'Waar kunnen {dg} in {regio} een mondkapjesverklaring aanvragen?',
      'Mag een winkel {dg} zonder mondkapje weigeren ({maand})?',
      'Zijn er doorzichtige mondkapjes voor begeleiders van {dg}?',
    ],
    passages: ['Uitzondering mondkapjesplicht voor {dg}', 'Mondkapjes en toegankelijkheid ({maand})', 'Mondkapjesplicht in het openbaar vervoer voor {dg}'],
    feiten: [
      'Sinds {datum} geldt een mondkapjesplicht in publieke binnenruimten en het openbaar vervoer.',
      'Mensen die door een beperking of ziekte geen mondkapje kunnen dragen, vallen onder een uitzondering.',
      'De cliëntenorganisaties hebben zich samen met VWS ingezet voor deze uitzondering.',
      'Voor doven en slechthorenden is het belangrijk dat begeleiders een transparant mondkapje kunnen gebruiken.',
      'Vervoerders en winkels zijn geïnformeerd over de uitzondering, zodat zij reizigers en klanten niet onterecht weigeren.',
      'Ziekenhuizen zijn gebeld over de toepassing van de mondkapjesplicht bij patiënten met een beperking.',
      'Met de mondkapjesverklaring kan iemand aantonen dat hij onder de uitzondering valt.',
      'De mondkapjesplicht is met ingang van {datum} vervallen voor de meeste binnenruimten.',
    ],
    burger: [
      'Kunt u door een beperking of ziekte geen mondkapje dragen? Dan hoeft u dat niet.',
      'U kunt een mondkapjesverklaring aanvragen om aan te tonen dat u onder de uitzondering valt.',
      'Draagt u geen mondkapje, houd dan zoveel mogelijk afstand van anderen.',
      'In de zorg kan een zorgverlener u vragen toch een mondkapje te dragen als dat voor de behandeling nodig is.',
      'Wordt u onterecht geweigerd, meld dat dan bij de vervoerder of de winkel.',
      'Met een eenvoudige kaart of een verklaring op uw telefoon kunt u laten zien dat u onder de uitzondering valt.',
    ],
    minister: [
      'Voor mensen die door een beperking of ziekte geen mondkapje kunnen dragen, geldt een uitzondering.',
      'Ik heb vervoerders gevraagd hun personeel goed te instrueren over de uitzondering op de mondkapjesplicht.',
      'Samen met de cliëntenorganisaties zorg ik ervoor dat de uitzondering in de praktijk werkt.',
      'Niemand mag door de mondkapjesplicht buiten de samenleving komen te staan.',
    ],
    acties: [
      'Vervoerders en winkelkoepels informeren over de uitzondering op de mondkapjesplicht.',
      'Een verklaring laten ontwikkelen waarmee mensen de uitzondering kunnen aantonen.',
      'Ziekenhuizen bellen over de mondkapjesplicht bij patiënten met een beperking.',
      'De Q&A over mondkapjes op de website afstemmen met de cliëntenorganisaties.',
    ],
    intern: [
      'Ieder(in) meldt via 5.1.2e dat reizigers met een beperking nog steeds worden geweigerd.',
      'Over de kosten van de verklaring is nog geen besluit genomen; zie de nota van (10)(2e).',
    ],
  },
  {
    key: 'avondklok',
    kort: 'uitzondering avondklok',
    onderwerpen: ['de uitzondering op de avondklok', 'zorg verlenen tijdens de avondklok', 'de eigen verklaring avondklok'],
    themas: ['avondklok', 'mantelzorg'],
    kaders: ['Wpg'],
    trefwoorden: ['avondklok', 'uitzondering', 'eigen verklaring', 'werkgeversverklaring', 'naaste', 'zorg verlenen'],
    doelgroepen: ['mantelzorgers', 'zorgpersoneel', 'wijkverpleegkundigen', 'mensen-met-een-beperking', 'ouderen'],
    maatregelen: [
      ['Uitzondering op de avondklok voor {dg} ({maand})', 'Tijdens de avondklok mochten {dg} naar buiten om zorg te verlenen aan iemand die op hen is aangewezen.'],
      ['Eigen verklaring avondklok voor {dg} vanaf {datum}', 'Vanaf {datum} konden {dg} met een eigen verklaring aantonen dat zij onder een uitzondering op de avondklok vielen.'],
    ],
    vragen: [
      'Mogen {dg} tijdens de avondklok naar buiten om zorg te verlenen?',
      'Welke verklaring hebben {dg} nodig tijdens de avondklok ({maand})?',
      'Mag ik tijdens de avondklok naar mijn naaste in {regio} als er onrust is?',
      'Geldt de uitzondering op de avondklok ook voor vrijwilligers die {dg} helpen?',
    ],
    passages: ['Uitzondering avondklok voor {dg}', 'Avondklok en zorg thuis ({maand})'],
    feiten: [
      'Van 23 januari 2021 tot 28 april 2021 gold een avondklok.',
      'Veel mensen met een beperking, chronische ziekte of hoge leeftijd zijn juist in de avond en nacht afhankelijk van hulp.',
      'Mantelzorgers mochten tijdens de avondklok naar buiten om zorg te verlenen aan iemand die op hun hulp is aangewezen.',
      'Zorgverleners konden met een werkgeversverklaring aantonen dat zij voor hun werk onderweg waren.',
      'Met het opheffen van de avondklok is ook de uitzondering vervallen.',
      'De cliëntenorganisaties hebben zich samen met VWS ingezet voor de uitzondering voor mantelzorgers.',
    ],
    burger: [
      'U mocht tijdens de avondklok naar buiten als iemand op uw hulp is aangewezen.',
      'Neem een ingevulde eigen verklaring mee als u tijdens de avondklok onderweg bent.',
      'Bent u zorgverlener, dan hebt u naast de eigen verklaring ook een werkgeversverklaring nodig.',
      'De avondklok is opgeheven; u hebt de verklaring niet meer nodig.',
      'Twijfelt u of u onder de uitzondering valt? Kijk dan op de website van de rijksoverheid.',
    ],
    minister: [
      'Mantelzorgers moeten hun naaste ook tijdens de avondklok kunnen blijven helpen.',
      'Ik heb met de cliëntenorganisaties afgesproken dat de uitzondering voor mantelzorgers helder wordt gecommuniceerd.',
      'De avondklok is een ingrijpende maatregel, juist voor mensen die in de avond op zorg zijn aangewezen.',
    ],
    acties: [
      'De tekst van de eigen verklaring afstemmen met JenV en de cliëntenorganisaties.',
      'De Q&A over de avondklok en mantelzorg publiceren op de website.',
      'Signalen over boetes voor mantelzorgers verzamelen en bespreken met de politie.',
    ],
    intern: [
      'Volgens [5.1.2e] zijn er in {regio} boetes uitgedeeld aan mantelzorgers zonder verklaring.',
      'Het standpunt van JenV over de uitzondering is door (10)(2e) telefonisch toegelicht.',
    ],
  },
  {
    key: 'financiering',
    kort: 'continuïteit financiering',
    onderwerpen: ['de continuïteit van financiering van zorgaanbieders', 'het doorbetalen van niet geleverde zorg', 'de compensatie van meerkosten'],
    themas: ['financiering'],
    kaders: ['Wmo 2015', 'Jeugdwet', 'Wlz', 'Zvw'],
    trefwoorden: ['doorbetalen', 'niet geleverde zorg', 'meerkosten', 'continuïteitsbijdrage', 'omzetgarantie', 'boeggolf', 'steunpakket'],
    doelgroepen: ['zorgaanbieders-sociaal-domein', 'gemeenten-als-opdrachtgever', 'clienten-dagbesteding', 'pgb-houders', 'jeugdigen-in-jeugdhulp'],
    maatregelen: [
      ['Doorbetaling van niet geleverde zorg voor {dg} ({maand})', 'Financiers betalen aanbieders die zorg aan {dg} leveren vanaf {maand} door, ook als zorg door de maatregelen niet geleverd kan worden.'],
      ['Compensatie meerkosten voor aanbieders van {dg} ({maand})', 'Aanbieders die zorg en ondersteuning aan {dg} leveren, krijgen meerkosten door de coronamaatregelen vanaf {maand} vergoed.'],
      ['Steunpakket medeoverheden voor {onderwerp} ({maand})', 'Gemeenten ontvangen in {maand} een bijdrage uit het steunpakket voor de medeoverheden, onder meer voor {onderwerp}.'],
    ],
    vragen: [
      'Krijgen aanbieders van zorg aan {dg} betaald voor zorg die in {maand} niet geleverd kon worden?',
      'Wie betaalt de meerkosten van zorg aan {dg} in {regio}?',
      'Hoe lang loopt de doorbetaling aan aanbieders van {dg} door ({maand})?',
      'Moet ik als pgb-houder mijn zorgverlener doorbetalen in {maand}?',
    ],
    passages: ['Continuïteit financiering aanbieders voor {dg} ({maand})', 'Meerkosten en doorbetaling in {regio}', 'Financiële afspraken gemeenten en Rijk ({maand})'],
    feiten: [
      'Op 25 maart 2020 hebben gemeenten en Rijk afspraken gemaakt over het bieden van financiële zekerheid aan zorgaanbieders en professionals.',
      'Gemeenten, zorgkantoren en zorgverzekeraars betalen aanbieders door, ook voor zorg die door de maatregelen niet geleverd kon worden.',
      'Het doel is dat aanbieders en hun medewerkers beschikbaar blijven om de zorg te hervatten.',
      'In de politieke vijfhoek is een steunpakket voor de medeoverheden besproken, waarin voor het sociaal domein nog een pm-post stond.',
      'Onderwerpen in het overleg zijn de meerkosten voor gemeenten, het doorbetalen van niet geleverde zorg en het vraagstuk van de boeggolf.',
      'Gemeenten hebben in totaal {bedrag} ontvangen ter compensatie van meerkosten in het sociaal domein.',
      'Sommige gemeenten gingen aanbieders aanvankelijk niet vergoeden zonder productie; de VNG heeft daarop een ledenbrief gestuurd.',
      'Voor zorg uit een persoonsgebonden budget zijn aparte afspraken gemaakt met de SVB.',
    ],
    burger: [
      'Gemeenten, zorgkantoren en zorgverzekeraars hebben afgesproken zorgaanbieders door te betalen.',
      'Zo blijven aanbieders beschikbaar om de zorg en ondersteuning te hervatten.',
      'Bent u zorgaanbieder en hebt u vragen over de afspraken? Neem dan contact op met de gemeente of het zorgkantoor die uw zorg inkoopt.',
      'Hebt u een persoonsgebonden budget? Dan kunt u uw zorgverlener onder voorwaarden doorbetalen.',
      'Voor meerkosten geldt dat u die moet kunnen onderbouwen.',
    ],
    minister: [
      'Ik vind het van groot belang dat zorgaanbieders financiële zekerheid hebben, zodat zij er straks weer zijn voor hun cliënten.',
      'Met de VNG heb ik afspraken gemaakt over de compensatie van meerkosten in het sociaal domein.',
      'Ik zal uw Kamer voor het zomerreces informeren over de uitwerking van de afspraken over de periode na 1 juni.',
      'De continuïteit van financiering is een gezamenlijke verantwoordelijkheid van Rijk, gemeenten en verzekeraars.',
    ],
    acties: [
      'Meekijken op de ledenbrief van de VNG over het doorbetalen van aanbieders.',
      'De bestuurlijke afspraken met zorgkantoren, zorgverzekeraars en gemeenten uitwerken.',
      'De meerkosten in het sociaal domein in beeld brengen met de VNG.',
      'Duidelijke Q&A over financiering op de website plaatsen.',
    ],
    intern: [
      'De inschatting van de meerkosten is (10)(2g) en wordt nog niet gedeeld.',
      'FEZ heeft via (10)(2e) laten weten dat de dekking nog niet rond is.',
      'Voor de pm-post in het steunpakket ligt een voorstel bij [5.1.2i] ter besluitvorming.',
    ],
  },
  {
    key: 'jeugd',
    kort: 'jeugdhulp en noodopvang',
    onderwerpen: ['de continuïteit van jeugdhulp', 'de noodopvang voor kinderen', 'kinderen in kwetsbare situaties'],
    themas: ['zorg-en-ondersteuning-thuis', 'toegankelijkheid'],
    kaders: ['Jeugdwet', 'Wet kinderopvang'],
    trefwoorden: ['jeugdhulp', 'noodopvang', 'cruciaal beroep', 'jeugdbescherming', 'kindertelefoon', 'huiselijk geweld'],
    doelgroepen: ['jeugdigen-in-jeugdhulp', 'kinderen-in-kwetsbare-situaties', 'jongeren-met-een-beperking', 'zorgpersoneel', 'pleeggezinnen'],
    maatregelen: [
      ['Noodopvang voor {dg} vanaf {datum}', 'Vanaf {datum} kunnen {dg} gebruikmaken van noodopvang op school of in de kinderopvang.'],
      ['Continuïteit van jeugdhulp voor {dg} in {regio}', 'Jeugdhulpaanbieders in {regio} houden de hulp aan {dg} zoveel mogelijk overeind, zo nodig via beeldbellen.'],
      ['Extra aandacht voor {dg} tijdens de schoolsluiting ({maand})', 'Gemeenten en scholen houden vanaf {maand} extra zicht op {dg}, omdat signalen van zorg minder snel opvallen.'],
    ],
    vragen: [
      'Kunnen {dg} in {maand} naar de noodopvang?',
      'Gaat de jeugdhulp voor {dg} in {regio} door?',
      'Mag mijn kind naar de noodopvang als maar een ouder een cruciaal beroep heeft ({maand})?',
      'Waar kunnen {dg} terecht als het thuis niet veilig is?',
    ],
    passages: ['Noodopvang voor {dg} ({maand})', 'Jeugdhulp tijdens de crisis voor {dg}', 'Kinderen in kwetsbare situaties in {regio}'],
    feiten: [
      'Kinderen in kwetsbare situaties kunnen gebruikmaken van de noodopvang, ook als hun ouders geen cruciaal beroep hebben.',
      'Opvang voor kinderen van zorgpersoneel werd soms geweigerd als maar een ouder een cruciaal beroep had; die lijn is verduidelijkt.',
      'Jeugdhulpaanbieders zetten waar mogelijk beeldbellen in om het contact met gezinnen te houden.',
      'Scholen, wijkteams en jeugdhulp houden samen zicht op kinderen van wie de situatie thuis zorgelijk is.',
      'Er is aandacht gevraagd voor huiselijk geweld en kindermishandeling, onder meer samen met de kindertelefoon.',
      'In {regio} zijn {aantal} kinderen in een kwetsbare situatie in beeld bij de noodopvang.',
      'Gemeenten blijven verantwoordelijk voor de jeugdhulp op grond van de Jeugdwet.',
    ],
    burger: [
      'Heeft een van de ouders een cruciaal beroep? Dan kan uw kind in de meeste gevallen naar de noodopvang.',
      'Neem voor de noodopvang contact op met de school of de kinderopvang van uw kind.',
      'Krijgt uw kind jeugdhulp? De hulpverlener bespreekt met u hoe de hulp doorgaat.',
      'Is het thuis niet veilig? Bel dan Veilig Thuis of, voor kinderen, de kindertelefoon.',
      'De noodopvang is bedoeld voor zo min mogelijk kinderen; vang uw kind zelf op als dat kan.',
    ],
    minister: [
      'Kinderen in kwetsbare situaties mogen niet uit beeld raken, juist nu scholen gesloten zijn.',
      'Samen met OCW en de gemeenten zorg ik ervoor dat de noodopvang open blijft voor kinderen die dat nodig hebben.',
      'Jeugdhulp moet zoveel mogelijk doorgaan, in aangepaste vorm waar dat nodig is.',
    ],
    acties: [
      'De lijn over noodopvang bij een ouder in een cruciaal beroep verduidelijken via social media.',
      'Met OCW en de kindertelefoon een campagne over huiselijk geweld uitwerken.',
      'Het kwaliteitsregister Jeugd aanpassen voor tijdelijke instroom van personeel.',
      'Bij gemeenten in {regio} nagaan hoe de jeugdhulp verloopt.',
    ],
    intern: [
      'OCW is volgens (10)(2e) al bezig met acties voor kinderen in kwetsbare situaties.',
      'Het signaal over geweigerde opvang kwam van [5.1.2e] namens een koepel.',
    ],
  },
  {
    key: 'wijkverpleging',
    kort: 'wijkverpleging',
    onderwerpen: ['de continuïteit van de wijkverpleging', 'zorg thuis door de wijkverpleging', 'de inzet van wijkverpleegkundigen'],
    themas: ['zorg-en-ondersteuning-thuis', 'arbeidsmarkt'],
    kaders: ['Zvw'],
    trefwoorden: ['wijkverpleging', 'wijkverpleegkundige', 'thuiszorg', 'zorg thuis', 'beschermingsmiddelen', 'triage'],
    doelgroepen: ['thuiswonende-ouderen', 'wijkverpleegkundigen', 'mensen-met-een-chronische-ziekte', 'ouderen-met-dementie', 'mantelzorgers'],
    maatregelen: [
      ['Continuïteit van de wijkverpleging voor {dg} ({maand})', 'Zorgverzekeraars en aanbieders houden de wijkverpleging voor {dg} vanaf {maand} overeind, met voorrang voor zorg die niet kan wachten.'],
      ['Beschermingsmiddelen voor de wijkverpleging in {regio}', 'Wijkverpleegkundigen in {regio} krijgen via het regionale distributiepunt beschermingsmiddelen voor zorg aan {dg}.'],
      ['Triage in de zorg thuis voor {dg} vanaf {datum}', 'Vanaf {datum} bepalen aanbieders met een triage welke zorg aan {dg} doorgaat en welke tijdelijk kan worden uitgesteld.'],
    ],
    vragen: [
      'Gaat de wijkverpleging voor {dg} in {maand} gewoon door?',
      'Draagt de wijkverpleegkundige een mondkapje bij {dg} thuis?',
      'Wat kan ik doen als de thuiszorg voor {dg} in {regio} wordt afgeschaald?',
      'Krijgen wijkverpleegkundigen in {regio} voorrang bij testen ({maand})?',
    ],
    passages: ['Wijkverpleging voor {dg} ({maand})', 'Zorg thuis en beschermingsmiddelen in {regio}'],
    feiten: [
      'De wijkverpleging valt onder de Zorgverzekeringswet en wordt ingekocht door zorgverzekeraars.',
      'Aanbieders van wijkverpleging maken een afweging welke zorg niet kan wachten en welke tijdelijk kan worden uitgesteld.',
      'Wijkverpleegkundigen hebben in de eerste weken van de crisis te maken gehad met een tekort aan beschermingsmiddelen.',
      'Het landelijk consortium hulpmiddelen verdeelt beschermingsmiddelen via regionale distributiepunten.',
      'In {regio} werken wijkteams, huisartsen en wijkverpleging samen om kwetsbare ouderen thuis in beeld te houden.',
      'Zorgverzekeraars hebben aangegeven de omzet van aanbieders van wijkverpleging te garanderen.',
      'Het aantal cliënten in de wijkverpleging is in {maand} tijdelijk gedaald met ongeveer {aantal} procent.',
    ],
    burger: [
      'Krijgt u wijkverpleging? Dan gaat die zorg in principe door.',
      'Uw wijkverpleegkundige bespreekt met u of een bezoek nodig is of dat contact ook telefonisch kan.',
      'Hebt u klachten die op corona kunnen wijzen? Meld dat dan vooraf aan de wijkverpleging.',
      'De wijkverpleegkundige draagt beschermingsmiddelen als dat volgens de richtlijn nodig is.',
      'Hebt u vragen over uw zorg thuis, neem dan contact op met uw zorgaanbieder of zorgverzekeraar.',
    ],
    minister: [
      'De wijkverpleging is onmisbaar om mensen thuis de zorg te geven die zij nodig hebben.',
      'Ik heb met de zorgverzekeraars afgesproken dat aanbieders van wijkverpleging financiële zekerheid krijgen.',
      'Wijkverpleegkundigen krijgen dezelfde toegang tot beschermingsmiddelen als andere zorgverleners.',
    ],
    acties: [
      'Met Zorgverzekeraars Nederland afstemmen over de omzetgarantie voor de wijkverpleging.',
      'Knelpunten in de levering van beschermingsmiddelen aan de wijkverpleging inventariseren.',
      'De richtlijn voor beschermingsmiddelen in de zorg thuis laten actualiseren door het RIVM.',
    ],
    intern: [
      'Volgens 5.1.2e zijn de voorraden in {regio} nog voor een week toereikend.',
      'De cijfers over het aantal cliënten zijn [5.1.2b] en nog niet openbaar.',
    ],
  },
  {
    key: 'gemeenten',
    kort: 'samenwerking met gemeenten',
    onderwerpen: ['de samenwerking met gemeenten in het sociaal domein', 'lokaal maatwerk in het sociaal domein', 'de rol van gemeenten tijdens de crisis'],
    themas: ['financiering', 'informatievoorziening'],
    kaders: ['Wmo 2015', 'Participatiewet'],
    trefwoorden: ['gemeenten', 'sociaal domein', 'VNG', 'ledenbrief', 'PO VWS-VNG', 'lokaal maatwerk', 'wijkteam'],
    doelgroepen: ['gemeenten-als-opdrachtgever', 'wmo-consulenten', 'kwetsbare-personen', 'dak-en-thuislozen', 'ouderen'],
    maatregelen: [
      ['Bestuurlijke afspraken met gemeenten over {onderwerp} ({maand})', 'Rijk en gemeenten maken in {maand} bestuurlijke afspraken over {onderwerp}, met aandacht voor {dg}.'],
      ['Regionale aanpak voor {dg} in {regio}', 'Gemeenten in {regio} werken samen met aanbieders en wijkteams aan een gezamenlijke aanpak voor {dg}.'],
      ['Landelijke indicatoren sociaal domein ({maand})', 'Rijk en gemeenten volgen vanaf {maand} met eenduidige indicatoren hoe het gaat met {dg} in het sociaal domein.'],
    ],
    vragen: [
      'Wat doet de gemeente {regio} voor {dg} tijdens de crisis?',
      'Bij wie kunnen {dg} terecht als het Wmo-loket in {maand} gesloten is?',
      'Houdt de gemeente contact met {dg} die alleen wonen ({maand})?',
      'Hoe kunnen {dg} in {regio} hulp vragen aan het wijkteam?',
    ],
    passages: ['Samenwerking met gemeenten voor {dg} ({maand})', 'Lokaal maatwerk in {regio}', 'Overleg met de VNG ({maand})'],
    feiten: [
      'Sinds 1 januari 2015 zijn gemeenten onder de Wmo 2015 verantwoordelijk voor maatschappelijke ondersteuning.',
      'VWS en de VNG overleggen onder meer in het periodiek overleg VWS-VNG.',
      'Uit reacties van gemeenten blijkt dat er lokaal heel veel gebeurt en dat er nieuwe coalities ontstaan.',
      'Gemeenten pleiten voor meer ruimte voor lokaal maatwerk en voor het echt betrekken van jongeren bij besluitvorming.',
      'Aan het Rijk is gevraagd na te denken over landelijke indicatoren om te volgen wat er lokaal gebeurt.',
      'In het overleg met de directeuren sociaal domein kwamen drie aandachtspunten naar voren: kwetsbare groepen, samenwerking en eigenaarschap.',
      'De VNG informeert gemeenten via ledenbrieven over de afspraken met het Rijk.',
      'In {regio} hebben {aantal} gemeenten een gezamenlijk crisisteam voor het sociaal domein ingericht.',
      'Wijkteams hebben in de eerste weken actief contact gezocht met kwetsbare inwoners.',
    ],
    burger: [
      'Voor ondersteuning thuis kunt u terecht bij het Wmo-loket of het wijkteam van uw gemeente.',
      'Veel gemeenten hebben een telefonisch spreekuur als het loket gesloten is.',
      'Op de website van uw gemeente vindt u de actuele openingstijden en contactgegevens.',
      'Maakt u zich zorgen over iemand in uw buurt? Neem dan contact op met het wijkteam.',
      'De gemeente kan u ook helpen met vragen over geldzaken, werk of eenzaamheid.',
    ],
    minister: [
      'Gemeenten staan dicht bij hun inwoners en zijn het best in staat om lokaal maatwerk te bieden.',
      'Ik ben de gemeenten erkentelijk voor de grote inzet in het sociaal domein.',
      'Samen met de VNG blijf ik volgen hoe het gaat met kwetsbare groepen in gemeenten.',
      'Waar knelpunten de lokale mogelijkheden overstijgen, zoek ik samen met de VNG naar oplossingen.',
    ],
    acties: [
      'Het onderwerp agenderen voor het PO VWS-VNG.',
      'De VNG vragen of en hoe zij de gemeenten heeft geïnformeerd.',
      'Een voorstel voor landelijke indicatoren sociaal domein uitwerken.',
      'Een verslag van het overleg met directeuren sociaal domein rondsturen.',
    ],
    intern: [
      'Het advies waar het overleg over ging, wordt dit weekend verwacht; de naam van de adviseur is [REDACTED].',
      'Volgens (10)(2e) wil de VNG het punt eerst in het eigen bestuur bespreken.',
      'De gemeente {regio} heeft via 5.1.2e om een gesprek met de DG gevraagd.',
    ],
  },
  {
    key: 'clientondersteuning',
    kort: 'cliëntondersteuning',
    onderwerpen: ['onafhankelijke cliëntondersteuning', 'de positie van de cliënt', 'het goede gesprek met de gemeente'],
    themas: ['toegankelijkheid', 'informatievoorziening'],
    kaders: ['Wmo 2015', 'Wlz'],
    trefwoorden: ['cliëntondersteuning', 'cliëntondersteuner', 'keukentafelgesprek', 'ondersteuningsplan', 'positie cliënt', 'toegang'],
    doelgroepen: ['clientondersteuners', 'mensen-met-een-beperking', 'mensen-met-lvb', 'ouderen', 'mensen-met-psychische-problemen'],
    maatregelen: [
      ['Cliëntondersteuning op afstand voor {dg} ({maand})', 'Cliëntondersteuners helpen {dg} vanaf {maand} ook telefonisch of via beeldbellen bij hun vragen aan de gemeente.'],
      ['Bekendheid cliëntondersteuning onder {dg} in {regio}', 'Gemeenten in {regio} maken onafhankelijke cliëntondersteuning beter bekend bij {dg}.'],
      ['Inventarisatie onder cliëntondersteuners ({maand})', 'VWS vraagt cliëntondersteuners in {maand} naar hun ervaringen met de toegang tot zorg en ondersteuning voor {dg}.'],
    ],
    vragen: [
      'Kunnen {dg} een cliëntondersteuner meenemen naar het gesprek met de gemeente?',
      'Kost cliëntondersteuning voor {dg} in {regio} geld?',
      'Hoe vinden {dg} een onafhankelijke cliëntondersteuner ({maand})?',
      'Gaat het keukentafelgesprek in {maand} door of gebeurt het telefonisch?',
    ],
    passages: ['Cliëntondersteuning voor {dg}', 'Positie van de cliënt ({maand})', 'Onafhankelijke cliëntondersteuning in {regio}'],
    feiten: [
      'Onafhankelijke cliëntondersteuning moet bekend en beschikbaar zijn voor iedere cliënt.',
      'Een cliëntondersteuner helpt mensen goed voorbereid naar het gesprek met de gemeente te gaan, bijvoorbeeld met een ondersteuningsplan.',
      'Gemeenten zijn op grond van de Wmo 2015 verplicht cliëntondersteuning kosteloos beschikbaar te stellen.',
      'Cliëntondersteuning betreft ook de samenhang met casemanagement, vertrouwenswerk en mentorschap.',
      'Uit de inventarisatie onder cliëntondersteuners blijkt dat {dg} de weg naar ondersteuning niet altijd vinden.',
      'De VNG en de cliëntorganisaties nemen samen het voortouw om cliëntondersteuning bekender te maken.',
      'In {regio} is het aantal aanvragen voor cliëntondersteuning in {maand} gestegen.',
    ],
    burger: [
      'U hebt recht op gratis onafhankelijke cliëntondersteuning.',
      'Een cliëntondersteuner kan met u meegaan naar het gesprek met de gemeente.',
      'Vraag bij uw gemeente naar de cliëntondersteuning in uw buurt.',
      'De cliëntondersteuner staat naast u en werkt niet voor de gemeente of de aanbieder.',
      'Het gesprek met de gemeente kan nu ook telefonisch of via beeldbellen plaatsvinden.',
    ],
    minister: [
      'Onafhankelijke cliëntondersteuning dient bekend en beschikbaar te zijn voor de cliënt.',
      'Ik ben blij met het voornemen van de VNG om samen met de cliëntorganisaties het voortouw te nemen, en zal dat financieel ondersteunen.',
      'Een sterke positie van de cliënt is essentieel voor passende zorg en ondersteuning.',
    ],
    acties: [
      'Een inventarisatie onder cliëntondersteuners uitvoeren.',
      'Met de VNG afspraken maken over de bekendheid van cliëntondersteuning.',
      'Informatie over cliëntondersteuning op de website in eenvoudige taal aanbieden.',
    ],
    intern: [
      'De resultaten van de inventarisatie zijn volgens [5.1.2e] nog niet representatief.',
    ],
  },
  {
    key: 'arbeidsmarkt',
    kort: 'inzet zorgpersoneel',
    onderwerpen: ['de inzet van extra zorgpersoneel', 'de waardering van zorgprofessionals', 'het matchen van vraag en aanbod van personeel'],
    themas: ['arbeidsmarkt'],
    kaders: ['geen wettelijke grondslag'],
    trefwoorden: ['zorgpersoneel', 'cruciale beroepen', 'Extra Handen voor de Zorg', 'VOG', 'zorgbonus', 'regionale werkgeversorganisaties'],
    doelgroepen: ['zorgpersoneel', 'wijkverpleegkundigen', 'medewerkers-dagbesteding', 'vrijwilligers', 'zorgaanbieders-sociaal-domein'],
    maatregelen: [
      ['Extra handen voor de zorg in {regio} ({maand})', 'Via regionale contactpunten worden vanaf {maand} mensen met een zorgachtergrond gekoppeld aan aanbieders in {regio}.'],
      ['Snellere VOG-afgifte voor {dg} ({maand})', 'Vanaf {maand} krijgen {dg} die tijdelijk in de zorg gaan werken sneller een verklaring omtrent het gedrag.'],
      ['Zorgbonus voor {dg} ({maand})', 'Zorgprofessionals, waaronder {dg}, ontvangen een eenmalige bonus als blijk van waardering voor hun inzet tijdens de crisis.'],
    ],
    vragen: [
      'Kunnen {dg} in {regio} tijdelijk extra in de zorg werken?',
      'Komen {dg} in aanmerking voor de zorgbonus ({maand})?',
      'Hoe snel krijgen {dg} een VOG in {maand}?',
      'Valt werk als {dg} onder de cruciale beroepen?',
    ],
    passages: ['Inzet extra zorgpersoneel ({maand})', 'Waardering voor {dg}', 'Cruciale beroepen en {dg}'],
    feiten: [
      'Via regionale contactpunten van werkgevers en RegioPlus worden vraag en aanbod van personeel gematcht.',
      'Het afgeven van een VOG bij instroom kost tijd; hierover is overleg met JenV.',
      'Met vakbonden en werkgevers is gesproken over de waardering en het ontzorgen van personeel.',
      'De lijst met cruciale beroepen is voor het debat op de website van de NCTV geplaatst.',
      'Werkgevers kunnen personeel ontzorgen, bijvoorbeeld met gratis parkeerplekken bij de instelling.',
      'Meer werken mag geen negatieve gevolgen hebben voor toeslagen; daarover is overleg met SZW.',
      'In {regio} hebben zich ruim {aantal} mensen aangemeld om tijdelijk in de zorg te helpen.',
    ],
    burger: [
      'Hebt u een zorgachtergrond en wilt u helpen? Meld u dan aan via het platform Extra Handen voor de Zorg.',
      'Werkt u in de zorg of kinderopvang? Dan heeft u waarschijnlijk een cruciaal beroep.',
      'Uw werkgever vraagt de zorgbonus voor u aan.',
      'Voor tijdelijk werk in de zorg is meestal een VOG nodig.',
      'Twijfelt u of u een cruciaal beroep hebt? Vraag het dan aan uw werkgever.',
    ],
    minister: [
      'Ik heb grote waardering voor alle zorgprofessionals die zich dag en nacht inzetten.',
      'Met werkgevers en vakbonden werk ik aan het ontzorgen van het personeel.',
      'Iedereen met een zorgachtergrond die wil helpen, moet snel aan de slag kunnen.',
    ],
    acties: [
      'Een persbericht over regionale contactpunten voorbereiden.',
      'Met JenV afspraken maken over snellere VOG-afgifte.',
      'Vakbonden en werkgevers bijeenbrengen over de waardering van personeel.',
      'De lijst cruciale beroepen delen via social media.',
    ],
    intern: [
      'Over de hoogte van de bonus is [5.2] nog geen overeenstemming.',
      'De werkgevers worden vandaag gepolst door (10)(2e).',
    ],
  },
  {
    key: 'informatievoorziening',
    kort: 'toegankelijke informatie',
    onderwerpen: ['toegankelijke informatie over de maatregelen', 'informatie in eenvoudige taal', 'een centrale publieke informatiebron'],
    themas: ['informatievoorziening', 'toegankelijkheid'],
    kaders: ['geen wettelijke grondslag'],
    trefwoorden: ['eenvoudige taal', 'toegankelijke informatie', 'Q&A', 'gebarentaal', 'update van de zorg', 'website'],
    doelgroepen: ['mensen-met-lvb', 'laaggeletterden', 'doven-en-slechthorenden', 'blinden-en-slechtzienden', 'mensen-met-een-migratieachtergrond'],
    maatregelen: [
      ['Informatie in eenvoudige taal voor {dg} ({maand})', 'Vanaf {maand} is de informatie over de maatregelen ook beschikbaar in eenvoudige taal, met aandacht voor {dg}.'],
      ['Persconferenties met tolk gebarentaal voor {dg}', 'Persconferenties worden ondertiteld en met een tolk gebarentaal uitgezonden, zodat {dg} ze kunnen volgen.'],
      ['Centrale Q&A over zorg en ondersteuning ({maand})', 'Vanaf {maand} staan alle vragen en antwoorden over zorg en ondersteuning op een plek, ook voor {dg}.'],
    ],
    vragen: [
      'Waar vinden {dg} informatie over corona in eenvoudige taal?',
      'Worden de persconferenties in {maand} vertaald in gebarentaal?',
      'Waar kunnen {dg} in {regio} terecht met vragen over de maatregelen?',
      'Is er informatie over de maatregelen voor {dg} in andere talen?',
    ],
    passages: ['Toegankelijke informatie voor {dg}', 'Informatievoorziening ({maand})', 'Centrale informatiebron voor zorg en ondersteuning'],
    feiten: [
      'Er is een aparte werkgroep over mensen met een licht verstandelijke beperking, met name voor vragen over toegankelijkheid van informatie.',
      'De minister wil toewerken naar een update van de zorg, zodat informatie wordt gecentraliseerd.',
      'Er is behoefte aan duidelijke vragen en antwoorden op de website, bijvoorbeeld over financiering.',
      'Informatie over de maatregelen is beschikbaar in eenvoudige taal, in gebarentaal en in verschillende talen.',
      'Persconferenties worden live ondertiteld en met een tolk gebarentaal uitgezonden.',
      'Gemeenten en cliëntenorganisaties verspreiden de informatie via hun eigen kanalen.',
      'De teksten worden getest met ervaringsdeskundigen uit {regio}.',
    ],
    burger: [
      'Op de website van de rijksoverheid vindt u de informatie ook in eenvoudige taal.',
      'U kunt de persconferenties terugkijken met ondertiteling en gebarentaal.',
      'Hebt u een vraag over de maatregelen? Bel dan het publieksinformatienummer van de rijksoverheid.',
      'Cliëntenorganisaties hebben ook eigen informatie voor hun leden.',
      'Vindt u de informatie moeilijk te begrijpen? Vraag dan iemand die u vertrouwt om mee te lezen.',
    ],
    minister: [
      'Iedereen moet de informatie over de maatregelen kunnen begrijpen.',
      'Ik wil dat er een centrale publieke informatiebron is waarnaar iedereen kan verwijzen.',
      'Ik zal uw Kamer een brief sturen zodra de informatievoorziening rond is.',
    ],
    acties: [
      'Een uitvraag doen om alle onderdelen in de update van de zorg te krijgen.',
      'Duidelijke Q&A op de website plaatsen.',
      'De teksten in eenvoudige taal laten toetsen door ervaringsdeskundigen.',
      'Een Kamerbrief voorbereiden zodra de informatievoorziening rond is.',
    ],
    intern: [
      'Dco denkt mee over de vorm; aanspreekpunt is (10)(2e).',
      'Er komen veel brieven binnen van branchepartijen; afgesproken is nu niet individueel te reageren.',
    ],
  },
  {
    key: 'beschermd-wonen',
    kort: 'beschermd wonen en opvang',
    onderwerpen: ['de continuïteit van beschermd wonen', 'de maatschappelijke opvang tijdens de crisis', 'opvang van dak- en thuislozen'],
    themas: ['zorg-en-ondersteuning-thuis'],
    kaders: ['Wmo 2015'],
    trefwoorden: ['beschermd wonen', 'maatschappelijke opvang', 'dak- en thuislozen', 'nachtopvang', 'quarantaineopvang', 'ggz'],
    doelgroepen: ['dak-en-thuislozen', 'clienten-beschermd-wonen', 'mensen-met-psychische-problemen', 'slachtoffers-huiselijk-geweld', 'kwetsbare-personen'],
    maatregelen: [
      ['24-uursopvang voor {dg} in {regio}', 'Gemeenten in {regio} bieden {dg} tijdelijk opvang die dag en nacht open is, zodat zij niet op straat hoeven.'],
      ['Quarantaineopvang voor {dg} ({maand})', 'Voor {dg} met klachten is vanaf {maand} een aparte opvanglocatie beschikbaar.'],
      ['Continuïteit beschermd wonen voor {dg} ({maand})', 'Aanbieders van beschermd wonen houden de begeleiding van {dg} vanaf {maand} zoveel mogelijk overeind.'],
    ],
    vragen: [
      'Blijft de nachtopvang voor {dg} in {regio} open?',
      'Waar kunnen {dg} met klachten terecht ({maand})?',
      'Gaat de begeleiding bij beschermd wonen in {maand} door?',
      'Kunnen {dg} overdag in de opvang blijven?',
    ],
    passages: ['Opvang van {dg} ({maand})', 'Beschermd wonen tijdens de crisis', 'Maatschappelijke opvang in {regio}'],
    feiten: [
      'Gemeenten zijn op grond van de Wmo 2015 verantwoordelijk voor beschermd wonen en maatschappelijke opvang.',
      'Veel opvanglocaties zijn overgegaan op opvang die dag en nacht open is.',
      'Voor dak- en thuislozen met klachten zijn aparte quarantainelocaties ingericht.',
      'In de opvang is het moeilijk om anderhalve meter afstand te houden.',
      'In {regio} zijn {aantal} extra opvangplekken gerealiseerd in hotels en vakantieparken.',
      'Voor slachtoffers van huiselijk geweld blijven de vrouwenopvang en Veilig Thuis bereikbaar.',
    ],
    burger: [
      'De nachtopvang blijft open; vraag ter plaatse naar de afspraken.',
      'Hebt u klachten? Meld dat bij de opvang, dan wordt u naar een aparte plek gebracht.',
      'Voor vragen over beschermd wonen kunt u terecht bij uw begeleider of de centrumgemeente.',
      'Is het thuis niet veilig? Bel dan Veilig Thuis, dag en nacht bereikbaar.',
    ],
    minister: [
      'Niemand hoeft op straat te slapen, ook niet tijdens de crisis.',
      'Ik heb de centrumgemeenten gevraagd de opvang zo in te richten dat afstand houden mogelijk is.',
      'De meerkosten van de opvang worden door het Rijk gecompenseerd.',
    ],
    acties: [
      'Met centrumgemeenten afspraken maken over 24-uursopvang.',
      'Het RIVM vragen om een richtlijn voor de maatschappelijke opvang.',
      'De meerkosten van extra opvangplekken inventariseren.',
    ],
    intern: [
      'De centrumgemeente {regio} heeft via [5.1.2e] om extra middelen gevraagd.',
    ],
  },
  {
    key: 'vervoer',
    kort: 'doelgroepenvervoer',
    onderwerpen: ['het doelgroepenvervoer', 'het vervoer naar de dagbesteding', 'Valys en het Wmo-vervoer'],
    themas: ['toegankelijkheid', 'dagbesteding'],
    kaders: ['Wmo 2015'],
    trefwoorden: ['vervoer', 'doelgroepenvervoer', 'Valys', 'taxibus', 'leerlingenvervoer', 'Wmo-vervoer'],
    doelgroepen: ['clienten-dagbesteding', 'rolstoelgebruikers', 'mensen-met-een-lichamelijke-beperking', 'ouderen', 'jongeren-met-een-beperking'],
    maatregelen: [
      ['Aangepast vervoer naar de dagbesteding voor {dg} ({maand})', 'Vervoerders brengen {dg} vanaf {maand} in kleinere groepen naar de dagbesteding, met vaste plaatsen in de bus.'],
      ['Valys-vervoer voor {dg} vanaf {datum}', 'Vanaf {datum} kunnen {dg} weer gebruikmaken van Valys voor reizen buiten de eigen regio, met aanvullende hygiëneregels.'],
      ['Afspraken over het doelgroepenvervoer in {regio}', 'Gemeenten en vervoerders in {regio} maken afspraken over veilig doelgroepenvervoer voor {dg}.'],
    ],
    vragen: [
      'Rijdt de taxibus naar de dagbesteding voor {dg} in {maand}?',
      'Kunnen {dg} in {maand} met Valys reizen?',
      'Moeten {dg} een mondkapje dragen in het doelgroepenvervoer in {regio}?',
      'Wie betaalt het extra vervoer voor {dg} in {regio}?',
    ],
    passages: ['Vervoer voor {dg} ({maand})', 'Doelgroepenvervoer in {regio}'],
    feiten: [
      'Door de anderhalvemeterregel kunnen minder cliënten tegelijk in een taxibus reizen.',
      'Het vervoer naar de dagbesteding is een belangrijke voorwaarde voor de herstart van de dagbesteding.',
      'Valys is het bovenregionale vervoer voor mensen met een mobiliteitsbeperking.',
      'De minister ontvangt een nota over het Valysvervoer.',
      'Gemeenten en vervoerders zoeken samen naar oplossingen, zoals extra ritten of spreiding van begintijden.',
      'In {regio} rijden sinds {datum} weer {aantal} busjes voor het doelgroepenvervoer.',
    ],
    burger: [
      'Uw vervoerder laat u weten wanneer u wordt opgehaald.',
      'In het doelgroepenvervoer geldt een mondkapjesplicht, tenzij u onder de uitzondering valt.',
      'Hebt u klachten die op corona kunnen wijzen, ga dan niet mee met het vervoer.',
      'Met vragen over Valys kunt u terecht bij de klantenservice van Valys.',
    ],
    minister: [
      'Goed vervoer is voor veel mensen met een beperking een voorwaarde om mee te kunnen doen.',
      'Ik vraag gemeenten en vervoerders samen te zoeken naar oplossingen voor het vervoer naar de dagbesteding.',
    ],
    acties: [
      'Een nota over het Valysvervoer voorbereiden voor de minister.',
      'Met vervoerders en gemeenten knelpunten in het doelgroepenvervoer inventariseren.',
      'Een protocol voor veilig doelgroepenvervoer laten opstellen.',
    ],
    intern: [
      'De vervoerder in {regio} heeft via 5.1.2e laten weten dat de capaciteit onvoldoende is.',
    ],
  },
  {
    key: 'pgb',
    kort: 'persoonsgebonden budget',
    onderwerpen: ['de zorg uit een persoonsgebonden budget', 'pgb-houders tijdens de crisis', 'het doorbetalen van pgb-zorgverleners'],
    themas: ['financiering', 'zorg-en-ondersteuning-thuis'],
    kaders: ['Wmo 2015', 'Wlz', 'Jeugdwet'],
    trefwoorden: ['pgb', 'persoonsgebonden budget', 'budgethouder', 'SVB', 'zorgovereenkomst', 'Per Saldo'],
    doelgroepen: ['pgb-houders', 'mensen-met-een-beperking', 'jeugdigen-in-jeugdhulp', 'mantelzorgers', 'ouderen'],
    maatregelen: [
      ['Doorbetalen van pgb-zorgverleners van {dg} ({maand})', 'Budgethouders mogen hun zorgverleners vanaf {maand} doorbetalen, ook als zorg aan {dg} tijdelijk niet geleverd kan worden.'],
      ['Flexibele inzet van het pgb voor {dg} ({maand})', 'Vanaf {maand} kunnen {dg} hun pgb tijdelijk flexibeler inzetten, bijvoorbeeld voor zorg door een andere zorgverlener.'],
    ],
    vragen: [
      'Mag ik als budgethouder mijn zorgverlener doorbetalen in {maand}?',
      'Kan ik mijn pgb voor {dg} tijdelijk anders inzetten?',
      'Wat doet de SVB als de zorgverlener van {dg} ziek is ({maand})?',
      'Waar kunnen pgb-houders in {regio} met vragen terecht?',
    ],
    passages: ['Pgb en doorbetaling ({maand})', 'Ruimte in het pgb voor {dg}'],
    feiten: [
      'Het persoonsgebonden budget is een apart aandachtspunt in de financiële afspraken.',
      'De SVB betaalt de zorgverleners namens de budgethouder uit.',
      'Budgethouders mogen hun zorgverleners onder voorwaarden doorbetalen als de zorg tijdelijk niet geleverd kan worden.',
      'Per Saldo heeft veel vragen van budgethouders ontvangen over het doorbetalen van zorgverleners.',
      'Gemeenten, zorgkantoren en de SVB hebben afgestemd hoe zij omgaan met wijzigingen in zorgovereenkomsten.',
    ],
    burger: [
      'Hebt u een pgb? Dan mag u uw zorgverlener onder voorwaarden doorbetalen.',
      'Wijzigt de zorg tijdelijk? Geef dat dan door aan de SVB.',
      'Met vragen over uw pgb kunt u terecht bij uw gemeente, zorgkantoor of Per Saldo.',
      'Houd bij welke zorg niet kon worden geleverd, zodat u dat later kunt verantwoorden.',
    ],
    minister: [
      'Ook budgethouders moeten kunnen rekenen op continuïteit van hun zorg.',
      'Met Per Saldo en de SVB heb ik afspraken gemaakt over het doorbetalen van pgb-zorgverleners.',
    ],
    acties: [
      'Met Per Saldo en de SVB de afspraken over doorbetaling uitwerken.',
      'De Q&A over het pgb actualiseren.',
    ],
    intern: [
      'Het pgb is apart aandachtspunt; (10)(2e) is daarmee bezig.',
    ],
  },
  {
    key: 'beschermingsmiddelen',
    kort: 'beschermingsmiddelen en testen',
    onderwerpen: ['de verdeling van persoonlijke beschermingsmiddelen', 'het testen van zorgpersoneel', 'de instructies aan de zorg'],
    themas: ['zorg-en-ondersteuning-thuis', 'arbeidsmarkt'],
    kaders: ['Wpg'],
    trefwoorden: ['beschermingsmiddelen', 'testen', 'OMT-advies', 'LCH', 'richtlijn', 'hulpmiddelen', 'instructies'],
    doelgroepen: ['zorgpersoneel', 'medewerkers-dagbesteding', 'wijkverpleegkundigen', 'verpleeghuisbewoners', 'bewoners-gehandicaptenzorg'],
    maatregelen: [
      ['Verdeling van beschermingsmiddelen voor {dg} ({maand})', 'Het landelijk consortium hulpmiddelen verdeelt vanaf {maand} beschermingsmiddelen onder aanbieders, ook voor zorg aan {dg}.'],
      ['Testen van {dg} met klachten vanaf {datum}', 'Vanaf {datum} kunnen {dg} met klachten zich met voorrang laten testen bij de GGD.'],
      ['Instructies aan de zorg voor {dg} in {regio}', 'Werkgroepen vertalen het OMT-advies naar instructies voor zorg aan {dg}, zodat aanbieders in {regio} weten wat zij moeten doen.'],
    ],
    vragen: [
      'Krijgen {dg} in {regio} voorrang bij het testen?',
      'Welke beschermingsmiddelen gebruiken zorgverleners bij {dg} ({maand})?',
      'Waar kunnen aanbieders van zorg aan {dg} beschermingsmiddelen bestellen?',
      'Moeten {dg} zonder klachten getest worden ({maand})?',
    ],
    passages: ['Beschermingsmiddelen in de zorg ({maand})', 'Testen van {dg}', 'Instructies aan de zorg in {regio}'],
    feiten: [
      'Het OMT-advies is niet instruerend over hulpmiddelen, maar wel duidelijker over testen.',
      'Werkgroepen vertalen het OMT-advies naar toelichting en instructies voor de sectoren.',
      'Het landelijk consortium hulpmiddelen verdeelt beschermingsmiddelen over de regio.',
      'Zorgpersoneel met klachten kan zich met voorrang laten testen.',
      'Er wordt gecheckt welke werkgroepen aan de slag zijn; die informatie wordt gedeeld met de minister.',
      'In {regio} is de levering van mondneusmaskers in {maand} op gang gekomen.',
    ],
    burger: [
      'Werkt u in de zorg en hebt u klachten? Maak dan een afspraak voor een test bij de GGD.',
      'Uw werkgever zorgt voor de beschermingsmiddelen die u nodig hebt.',
      'Volg de richtlijn van het RIVM over het gebruik van beschermingsmiddelen.',
      'Bent u mantelzorger? Vraag dan de wijkverpleegkundige of u beschermingsmiddelen nodig hebt.',
    ],
    minister: [
      'Zorgverleners moeten veilig hun werk kunnen doen; daarom heeft de levering van beschermingsmiddelen mijn hoogste prioriteit.',
      'Ik heb het OMT gevraagd om helderheid over het testen van zorgpersoneel.',
    ],
    acties: [
      'Vragen over het OMT-advies via het crisisteam voorleggen aan het OMT.',
      'Nagaan welke werkgroepen aan toelichting voor de sectoren werken en dat delen met de minister.',
      'De verdeelsleutel voor beschermingsmiddelen afstemmen met de koepels.',
    ],
    intern: [
      'De vragen aan het OMT zijn opgesteld door (10)(2e).',
      'De leverancier in [5.1.2f] kan pas later leveren dan afgesproken.',
    ],
  },
];

/** Sentences that fit any topic, per register. */
export const ALGEMEEN = {
  feiten: [
    'Het gaat om {onderwerp}, met bijzondere aandacht voor {dg}.',
    'De maatregel is afgestemd met {partner} en de betrokken cliëntenorganisaties.',
    'Voor {dg} heeft de crisis grote gevolgen, omdat zorg, ondersteuning en sociale contacten tegelijk wegvallen.',
    'De uitvoering ligt lokaal, bij gemeenten, zorgkantoren en aanbieders; VWS kan bevorderen dat zij zich bewust zijn van de wens van het kabinet.',
    'VWS volgt in de komende weken hoe de uitvoering in de praktijk verloopt.',
    'Signalen uit de praktijk worden besproken in het crisisoverleg met de cliëntenorganisaties.',
    'De directie {directie} is binnen VWS verantwoordelijk voor dit onderwerp.',
    'Over {onderwerp} is de Kamer eerder geïnformeerd {kamerstuk}.',
    'Er wordt regelmatig getoetst of de maatregel nog nodig en proportioneel is.',
    'Bij de uitwerking is gebruikgemaakt van ervaringen uit {regio}.',
    'Partijen hebben afgesproken de uitvoering na {maand} gezamenlijk te evalueren.',
    'Cliëntenorganisaties vragen aandacht voor de positie van {dg}, die vaak minder gehoord worden.',
    'Waar de landelijke lijn onvoldoende past, is lokaal maatwerk mogelijk.',
    'Het gaat er vooral om dat gemeenten en aanbieders zich bewust worden van de wens van het kabinet.',
    'De maatregel past binnen de COVID-19-strategie voor mensen met een beperking of chronische ziekte en hun naasten.',
    'De uitgangspunten zijn dat {dg} niet op grotere achterstand komen en dat hun stem bij de besluitvorming niet ontbreekt.',
    'Volgens {partner} is de maatregel in de praktijk goed ontvangen.',
    'In de eerste evaluatie noemden ongeveer {aantal} gemeenten knelpunten bij de uitvoering.',
    'De kosten van de maatregel worden geraamd op {bedrag}.',
    'In {maand} is bekeken of de maatregel kan worden afgeschaald.',
    'Informatie over de maatregel staat op de website van de rijksoverheid en wordt gedeeld via de kanalen van {partner}.',
  ],
  burger: [
    'Deze informatie is gecontroleerd op {datum} en kan veranderen als de maatregelen veranderen.',
    'Twijfelt u of dit voor u geldt? Neem dan contact op met uw gemeente.',
    'De regels kunnen per gemeente of aanbieder iets verschillen.',
    'Volg altijd de basisregels: was vaak uw handen en blijf thuis bij klachten.',
    'Hebt u klachten die op corona kunnen wijzen? Laat u dan testen bij de GGD.',
    'Meer informatie vindt u op de website van de rijksoverheid.',
    'Cliëntenorganisaties zoals {partner} kunnen u ook verder helpen.',
    'Komt u er niet uit met uw aanbieder? Dan kunt u een klacht indienen.',
    'Het antwoord op deze vraag is afgestemd met {partner}.',
    'Deze afspraken gelden zolang de maatregelen van kracht zijn.',
    'Ook als u bij een van de {dg} hoort, blijven de algemene adviezen gelden.',
    'In {regio} kunt u ook terecht bij het steunpunt in uw eigen wijk.',
    'Hebt u hulp nodig bij het lezen van deze informatie? Vraag dan iemand die u vertrouwt.',
  ],
  minister: [
    'De crisis raakt {dg} hard, en ik wil dat zij niet uit beeld raken.',
    'Ik heb hierover overleg gevoerd met {partner} en de cliëntenorganisaties.',
    'Het kabinet vindt het belangrijk dat zorg en ondersteuning zoveel mogelijk doorgaan.',
    'Ik zal uw Kamer over de voortgang informeren in mijn volgende brief.',
    'Gemeenten en aanbieders geven hier lokaal invulling aan; ik volg nauwgezet hoe dat verloopt.',
    'Met deze maatregel komt het kabinet tegemoet aan een breed gedeelde wens uit het veld.',
    'Waar nodig stuur ik bij, in nauw overleg met de betrokken partijen.',
    'Ik besef dat dit voor veel mensen een ingrijpende periode is.',
    'Samen met {partner} werk ik aan een oplossing voor de knelpunten die zij signaleren.',
    'Zoals ik eerder aan uw Kamer heb gemeld {kamerstuk}, hebben partijen hier gezamenlijk afspraken over gemaakt.',
    'Ik ben de betrokken professionals en vrijwilligers zeer erkentelijk voor hun inzet.',
    'Dit vraagt om een zorgvuldige afweging tussen bescherming tegen het virus en kwaliteit van leven.',
    'Ik blijf hierover in gesprek met de cliëntenorganisaties in het crisisoverleg.',
    'Ik verwacht dat partijen in {regio} en elders de komende weken verdere stappen zetten.',
  ],
  intern: [
    'Dit punt staat op de agenda van het MT van {directie} van volgende week.',
    'Afgesproken is dat (10)(2e) hierover contact opneemt met {partner}.',
    'De eerste versie is besproken met [5.1.2e]; de opmerkingen zijn verwerkt.',
    'Nog niet afgestemd met FEZ en BPZ.',
    'Let op: deze tekst is nog niet met de bewindspersoon besproken.',
    'Volgens 5.1.2e is er bij {partner} nog onduidelijkheid over de uitvoering.',
    'De lijn is in het ContinuïteitsTeam besproken; actiehouder is {directie}.',
    'Het signaal kwam via de mail van (10)(2e) binnen.',
    'Graag reactie voor het eind van de week, zodat de tekst mee kan in de dagmail.',
    'De minister heeft gevraagd dit punt mee te nemen in de spreektekst voor het debat.',
    'Deze passage is gebaseerd op de routekaarten kwetsbare personen.',
    'Voor de achtergrond: de discussie met {partner} liep vast op de verwachtingen over inspraak.',
  ],
  acties: [
    'Het onderwerp bespreken in het crisisoverleg met de cliëntenorganisaties.',
    'Een nota voor de minister opstellen.',
    'De tekst afstemmen met {partner}.',
    'Een Q&A voor de website opstellen en laten vaststellen.',
    'Een passage voor de Kamerbrief aanleveren.',
    'Een spreektekst voor de persconferentie voorbereiden.',
    'Signalen uit {regio} verzamelen en bespreken in het MT.',
    'De voortgang rapporteren in de dagmail.',
    'Het bericht actief delen via de eigen kanalen.',
    'Een afschrift van de mededeling aan de leden naar VWS sturen.',
    'Nagaan of specifieke groepen buiten de boot vallen.',
    'Een overleg plannen met de betrokken koepels.',
  ],
  doelgroep: [
    'Tijdens de coronacrisis werden {dg} hard geraakt door het wegvallen van zorg, ondersteuning en sociale contacten.',
    'Veel {dg} wonen thuis, met ondersteuning van de gemeente en hun naasten.',
    'Voor {dg} is het belangrijk dat informatie toegankelijk en begrijpelijk is.',
    'De cliëntenorganisaties brengen de belangen van {dg} in het crisisoverleg in.',
    'Ongeveer een op de vijf {dg} heeft geen sociaal netwerk dat hulp kan bieden als dat nodig is.',
    'In Wegwijs vindt u per doelgroep de maatregelen en vragen die voor deze groep van belang zijn.',
    'Gemeenten hebben onder de Wmo 2015 een taak in de ondersteuning van {dg}.',
    'Voor {dg} hadden onder meer de maatregelen rond dagbesteding, bezoek en vervoer grote gevolgen.',
  ],
  reden: [
    'De tekst is niet meer actueel nu de maatregel is beëindigd.',
    'De toezegging in deze passage is inmiddels nagekomen.',
    'De lijn is gewijzigd na het overleg met de cliëntenorganisaties.',
    'De passage is samengevoegd met een bredere tekst over dit onderwerp.',
    'De genoemde datum is verstreken; gebruik de actuele stand van zaken.',
  ],
} as const;

export interface DoelgroepBron {
  id: string;
  titel: string;
  /** Lower case plural phrase for running text. */
  label: string;
  synoniemen: string[];
  parent?: string;
  samenvatting: string;
}

/** Target groups; parents first so that any prefix of the list has its parents. */
export const DOELGROEPEN: DoelgroepBron[] = [
  { id: 'kwetsbare-personen', titel: 'Kwetsbare personen', label: 'kwetsbare personen', synoniemen: ['kwetsbare groepen', 'risicogroepen', 'kwetsbaren'], samenvatting: 'Overkoepelende doelgroep van mensen voor wie de coronamaatregelen en het wegvallen van zorg extra grote gevolgen hebben.' },
  { id: 'ouderen', titel: 'Ouderen', label: 'ouderen', synoniemen: ['senioren', '65-plussers', 'bejaarden'], parent: 'kwetsbare-personen', samenvatting: 'Oudere mensen die thuis wonen of in een verpleeghuis verblijven, en hun naasten.' },
  { id: 'mensen-met-een-beperking', titel: 'Mensen met een beperking', label: 'mensen met een beperking', synoniemen: ['gehandicapten', 'mensen met een handicap'], parent: 'kwetsbare-personen', samenvatting: 'Mensen met een lichamelijke, verstandelijke of zintuiglijke beperking.' },
  { id: 'mantelzorgers', titel: 'Mantelzorgers', label: 'mantelzorgers', synoniemen: ['mantelzorg', 'naasten', 'informele zorg'], parent: 'kwetsbare-personen', samenvatting: 'Mensen die langdurig en onbetaald zorgen voor een naaste met een ziekte, beperking of ouderdomsklachten.' },
  { id: 'zorgpersoneel', titel: 'Zorgpersoneel', label: 'zorgmedewerkers', synoniemen: ['zorgprofessionals', 'zorgverleners', 'personeel in de zorg'], samenvatting: 'Medewerkers in de zorg en ondersteuning, van verpleeghuis tot wijkteam.' },
  { id: 'clienten-dagbesteding', titel: 'Cliënten van dagbesteding', label: 'cliënten van de dagbesteding', synoniemen: ['dagbesteding', 'deelnemers dagactiviteiten'], parent: 'kwetsbare-personen', samenvatting: 'Mensen die dagbesteding krijgen via de Wmo 2015 of de Wlz.' },
  { id: 'mensen-met-een-chronische-ziekte', titel: 'Mensen met een chronische ziekte', label: 'mensen met een chronische ziekte', synoniemen: ['chronisch zieken', 'patiënten'], parent: 'kwetsbare-personen', samenvatting: 'Mensen met een langdurige aandoening die extra kwetsbaar zijn voor het virus of voor het wegvallen van zorg.' },
  { id: 'jeugdigen-in-jeugdhulp', titel: 'Jeugdigen in de jeugdhulp', label: 'jongeren in de jeugdhulp', synoniemen: ['jeugdhulp', 'jeugdzorg', 'jongeren'], samenvatting: 'Kinderen en jongeren die jeugdhulp krijgen op grond van de Jeugdwet, en hun ouders.' },
  { id: 'mensen-met-lvb', titel: 'Mensen met een licht verstandelijke beperking', label: 'mensen met een licht verstandelijke beperking', synoniemen: ['LVB', 'licht verstandelijk beperkt'], parent: 'mensen-met-een-beperking', samenvatting: 'Mensen met een licht verstandelijke beperking, voor wie begrijpelijke informatie extra belangrijk is.' },
  { id: 'ouderen-met-dementie', titel: 'Ouderen met dementie', label: 'ouderen met dementie', synoniemen: ['dementie', 'alzheimer', 'geheugenproblemen'], parent: 'ouderen', samenvatting: 'Ouderen met dementie die thuis wonen of in een verpleeghuis verblijven.' },
  { id: 'verpleeghuisbewoners', titel: 'Verpleeghuisbewoners', label: 'bewoners van verpleeghuizen', synoniemen: ['verpleeghuis', 'bewoners', 'intramurale ouderenzorg'], parent: 'ouderen', samenvatting: 'Ouderen die in een verpleeghuis of kleinschalige woonvorm wonen.' },
  { id: 'thuiswonende-ouderen', titel: 'Thuiswonende ouderen', label: 'thuiswonende ouderen', synoniemen: ['zelfstandig wonende ouderen', 'ouderen thuis'], parent: 'ouderen', samenvatting: 'Ouderen die zelfstandig thuis wonen, vaak met hulp van wijkverpleging of Wmo-ondersteuning.' },
  { id: 'kinderen-in-kwetsbare-situaties', titel: 'Kinderen in kwetsbare situaties', label: 'kinderen in kwetsbare situaties', synoniemen: ['kwetsbare kinderen', 'kinderen in de knel'], parent: 'kwetsbare-personen', samenvatting: 'Kinderen van wie de situatie thuis zorgelijk is en die niet uit beeld mogen raken.' },
  { id: 'mensen-met-een-verstandelijke-beperking', titel: 'Mensen met een verstandelijke beperking', label: 'mensen met een verstandelijke beperking', synoniemen: ['verstandelijk gehandicapten', 'VG'], parent: 'mensen-met-een-beperking', samenvatting: 'Mensen met een verstandelijke beperking, thuis of in een instelling voor gehandicaptenzorg.' },
  { id: 'mensen-met-een-lichamelijke-beperking', titel: 'Mensen met een lichamelijke beperking', label: 'mensen met een lichamelijke beperking', synoniemen: ['lichamelijk gehandicapten', 'mobiliteitsbeperking'], parent: 'mensen-met-een-beperking', samenvatting: 'Mensen met een lichamelijke beperking, voor wie toegankelijkheid en vervoer belangrijk zijn.' },
  { id: 'doven-en-slechthorenden', titel: 'Doven en slechthorenden', label: 'doven en slechthorenden', synoniemen: ['doof', 'slechthorend', 'gebarentaal'], parent: 'mensen-met-een-beperking', samenvatting: 'Mensen die doof of slechthorend zijn en voor wie liplezen en gebarentaal belangrijk zijn.' },
  { id: 'blinden-en-slechtzienden', titel: 'Blinden en slechtzienden', label: 'blinden en slechtzienden', synoniemen: ['blind', 'slechtziend', 'visuele beperking'], parent: 'mensen-met-een-beperking', samenvatting: 'Mensen met een visuele beperking, voor wie toegankelijke informatie en afstand houden extra lastig zijn.' },
  { id: 'mensen-met-psychische-problemen', titel: 'Mensen met psychische problemen', label: 'mensen met psychische problemen', synoniemen: ['ggz', 'psychische klachten', 'ggz-cliënten'], parent: 'kwetsbare-personen', samenvatting: 'Mensen met psychische problemen, thuis of in beschermd wonen.' },
  { id: 'pgb-houders', titel: 'Budgethouders met een pgb', label: 'budgethouders', synoniemen: ['pgb', 'persoonsgebonden budget', 'budgethouder'], samenvatting: 'Mensen die hun zorg of ondersteuning zelf inkopen met een persoonsgebonden budget.' },
  { id: 'dak-en-thuislozen', titel: 'Dak- en thuislozen', label: 'dak- en thuislozen', synoniemen: ['daklozen', 'thuislozen', 'maatschappelijke opvang'], parent: 'kwetsbare-personen', samenvatting: 'Mensen zonder vaste woon- of verblijfplaats die gebruikmaken van de maatschappelijke opvang.' },
  { id: 'wijkverpleegkundigen', titel: 'Wijkverpleegkundigen', label: 'wijkverpleegkundigen', synoniemen: ['wijkverpleging', 'thuiszorgmedewerkers'], parent: 'zorgpersoneel', samenvatting: 'Verpleegkundigen en verzorgenden die zorg bij mensen thuis leveren.' },
  { id: 'jonge-mantelzorgers', titel: 'Jonge mantelzorgers', label: 'jonge mantelzorgers', synoniemen: ['young carers', 'kinderen die zorgen'], parent: 'mantelzorgers', samenvatting: 'Kinderen en jongeren die opgroeien met een ziek of beperkt gezinslid en daarvoor zorgen.' },
  { id: 'werkende-mantelzorgers', titel: 'Werkende mantelzorgers', label: 'werkende mantelzorgers', synoniemen: ['mantelzorg en werk', 'combineren zorg en werk'], parent: 'mantelzorgers', samenvatting: 'Mantelzorgers die naast de zorg voor een naaste betaald werk hebben.' },
  { id: 'bewoners-gehandicaptenzorg', titel: 'Bewoners van instellingen voor gehandicaptenzorg', label: 'bewoners van instellingen voor gehandicaptenzorg', synoniemen: ['gehandicaptenzorg', 'woonvoorziening'], parent: 'mensen-met-een-beperking', samenvatting: 'Mensen met een beperking die in een instelling of woonvoorziening van de gehandicaptenzorg wonen.' },
  { id: 'clienten-beschermd-wonen', titel: 'Cliënten van beschermd wonen', label: 'cliënten van beschermd wonen', synoniemen: ['beschermd wonen', 'begeleid wonen'], parent: 'mensen-met-psychische-problemen', samenvatting: 'Mensen met psychische problemen die in een beschermde woonvorm wonen.' },
  { id: 'zorgaanbieders-sociaal-domein', titel: 'Zorgaanbieders in het sociaal domein', label: 'zorgaanbieders in het sociaal domein', synoniemen: ['aanbieders', 'zorgorganisaties', 'welzijnsorganisaties'], samenvatting: 'Aanbieders van Wmo-ondersteuning, jeugdhulp en dagbesteding, als doelgroep van financiële maatregelen.' },
  { id: 'gemeenten-als-opdrachtgever', titel: 'Gemeenten als opdrachtgever', label: 'gemeenten', synoniemen: ['gemeente', 'sociaal domein', 'Wmo-loket'], samenvatting: 'Gemeenten in hun rol als opdrachtgever en financier van zorg en ondersteuning in het sociaal domein.' },
  { id: 'clientondersteuners', titel: 'Cliëntondersteuners', label: 'cliëntondersteuners', synoniemen: ['cliëntondersteuning', 'onafhankelijke cliëntondersteuner'], samenvatting: 'Onafhankelijke ondersteuners die cliënten helpen bij hun vraag aan de gemeente of het zorgkantoor.' },
  { id: 'wmo-consulenten', titel: 'Wmo-consulenten en wijkteams', label: 'Wmo-consulenten en wijkteams', synoniemen: ['wijkteam', 'Wmo-consulent', 'sociaal team'], samenvatting: 'Medewerkers van gemeenten en wijkteams die het gesprek over ondersteuning voeren.' },
  { id: 'mensen-met-dementie', titel: 'Mensen met dementie en hun naasten', label: 'mensen met dementie en hun naasten', synoniemen: ['dementie', 'naasten van mensen met dementie'], parent: 'kwetsbare-personen', samenvatting: 'Mensen met dementie, jong of oud, en de naasten die voor hen zorgen.' },
  { id: 'mensen-met-autisme', titel: 'Mensen met autisme', label: 'mensen met autisme', synoniemen: ['autisme', 'ASS'], parent: 'mensen-met-een-beperking', samenvatting: 'Mensen met autisme, voor wie veranderingen in structuur en prikkels extra zwaar kunnen zijn.' },
  { id: 'jongeren-met-een-beperking', titel: 'Jongeren met een beperking', label: 'jongeren met een beperking', synoniemen: ['kinderen met een beperking', 'leerlingen met een beperking'], parent: 'mensen-met-een-beperking', samenvatting: 'Kinderen en jongeren met een beperking, op school, in de dagbesteding of thuis.' },
  { id: 'rolstoelgebruikers', titel: 'Rolstoelgebruikers', label: 'rolstoelgebruikers', synoniemen: ['rolstoel', 'mobiliteitsbeperking'], parent: 'mensen-met-een-lichamelijke-beperking', samenvatting: 'Mensen die zich met een rolstoel of scootmobiel verplaatsen.' },
  { id: 'medewerkers-dagbesteding', titel: 'Medewerkers in de dagbesteding', label: 'medewerkers in de dagbesteding', synoniemen: ['begeleiders dagbesteding', 'activiteitenbegeleiders'], parent: 'zorgpersoneel', samenvatting: 'Begeleiders en activiteitenbegeleiders die de dagbesteding uitvoeren.' },
  { id: 'vrijwilligers', titel: 'Vrijwilligers in zorg en welzijn', label: 'vrijwilligers in zorg en welzijn', synoniemen: ['vrijwilligerswerk', 'burenhulp'], samenvatting: 'Vrijwilligers die helpen in de zorg, het welzijnswerk of bij buren in nood.' },
  { id: 'laaggeletterden', titel: 'Laaggeletterden', label: 'laaggeletterden', synoniemen: ['moeite met lezen', 'eenvoudige taal'], parent: 'kwetsbare-personen', samenvatting: 'Mensen die moeite hebben met lezen en schrijven en baat hebben bij informatie in eenvoudige taal.' },
  { id: 'mensen-met-een-migratieachtergrond', titel: 'Mensen met een migratieachtergrond', label: 'mensen met een migratieachtergrond', synoniemen: ['anderstaligen', 'statushouders', 'nieuwkomers'], samenvatting: 'Mensen die de Nederlandse taal minder goed beheersen en informatie in hun eigen taal nodig hebben.' },
  { id: 'slachtoffers-huiselijk-geweld', titel: 'Slachtoffers van huiselijk geweld', label: 'slachtoffers van huiselijk geweld', synoniemen: ['huiselijk geweld', 'kindermishandeling', 'Veilig Thuis'], parent: 'kwetsbare-personen', samenvatting: 'Volwassenen en kinderen die thuis te maken hebben met geweld, voor wie de crisis extra risico meebrengt.' },
  { id: 'pleeggezinnen', titel: 'Pleeggezinnen', label: 'pleeggezinnen', synoniemen: ['pleegzorg', 'pleegouders'], parent: 'jeugdigen-in-jeugdhulp', samenvatting: 'Pleegouders en de kinderen die bij hen wonen.' },
  { id: 'mensen-met-nah', titel: 'Mensen met niet-aangeboren hersenletsel', label: 'mensen met niet-aangeboren hersenletsel', synoniemen: ['NAH', 'hersenletsel'], parent: 'mensen-met-een-beperking', samenvatting: 'Mensen met hersenletsel na bijvoorbeeld een beroerte of ongeval.' },
  { id: 'mensen-met-emb', titel: 'Mensen met een ernstige meervoudige beperking', label: 'mensen met een ernstige meervoudige beperking', synoniemen: ['EMB', 'meervoudig beperkt'], parent: 'mensen-met-een-beperking', samenvatting: 'Mensen met een combinatie van ernstige verstandelijke en lichamelijke beperkingen.' },
  { id: 'eenzame-ouderen', titel: 'Eenzame ouderen', label: 'eenzame ouderen', synoniemen: ['eenzaamheid', 'sociaal isolement'], parent: 'ouderen', samenvatting: 'Ouderen die weinig sociale contacten hebben en door de maatregelen verder geïsoleerd raakten.' },
  { id: 'mensen-met-long-covid', titel: 'Mensen met langdurige klachten na COVID-19', label: 'mensen met langdurige klachten na COVID-19', synoniemen: ['long covid', 'post-COVID', 'langdurige klachten'], parent: 'mensen-met-een-chronische-ziekte', samenvatting: 'Mensen die maanden na een besmetting nog klachten hebben en ondersteuning nodig hebben.' },
  { id: 'mensen-met-een-longziekte', titel: 'Mensen met een longziekte', label: 'mensen met een longziekte', synoniemen: ['COPD', 'astma', 'longpatiënten'], parent: 'mensen-met-een-chronische-ziekte', samenvatting: 'Mensen met een chronische longziekte die een verhoogd risico lopen.' },
  { id: 'mensen-met-een-verminderde-weerstand', titel: 'Mensen met een verminderde weerstand', label: 'mensen met een verminderde weerstand', synoniemen: ['afweerstoornis', 'immuungecompromitteerd'], parent: 'mensen-met-een-chronische-ziekte', samenvatting: 'Mensen bij wie het afweersysteem minder goed werkt door ziekte of medicijnen.' },
  { id: 'leerlingen-speciaal-onderwijs', titel: 'Leerlingen in het speciaal onderwijs', label: 'leerlingen in het speciaal onderwijs', synoniemen: ['speciaal onderwijs', 'leerlingenvervoer'], parent: 'jongeren-met-een-beperking', samenvatting: 'Kinderen en jongeren in het (voortgezet) speciaal onderwijs, vaak met leerlingenvervoer.' },
  { id: 'ouders-van-kinderen-met-een-beperking', titel: 'Ouders van kinderen met een beperking', label: 'ouders van kinderen met een beperking', synoniemen: ['ouders', 'gezinnen met een zorgintensief kind'], parent: 'mantelzorgers', samenvatting: 'Ouders die thuis intensief zorgen voor een kind met een beperking.' },
  { id: 'bewoners-kleinschalige-woonvormen', titel: 'Bewoners van kleinschalige woonvormen', label: 'bewoners van kleinschalige woonvormen', synoniemen: ['kleinschalig wonen', 'woongroep'], parent: 'ouderen', samenvatting: 'Ouderen en mensen met een beperking in kleinschalige woonvormen buiten de grote instellingen.' },
  { id: 'schuldenaars', titel: 'Mensen met schulden', label: 'mensen met schulden', synoniemen: ['schuldhulpverlening', 'geldzorgen'], parent: 'kwetsbare-personen', samenvatting: 'Mensen met financiële problemen, voor wie de crisis tot extra geldzorgen leidde.' },
  { id: 'zzp-zorgverleners', titel: 'Zelfstandige zorgverleners', label: 'zelfstandige zorgverleners', synoniemen: ['zzp', 'zzp-ers in de zorg', 'zelfstandigen'], parent: 'zorgpersoneel', samenvatting: 'Zorgverleners zonder personeel die door het wegvallen van zorg inkomsten misten.' },
  { id: 'huisartsen-en-praktijkondersteuners', titel: 'Huisartsen en praktijkondersteuners', label: 'huisartsen en praktijkondersteuners', synoniemen: ['huisarts', 'POH'], parent: 'zorgpersoneel', samenvatting: 'Huisartsen en praktijkondersteuners die kwetsbare patiënten thuis in beeld houden.' },
  { id: 'jongeren-in-een-kwetsbare-positie', titel: 'Jongeren in een kwetsbare positie', label: 'jongeren in een kwetsbare positie', synoniemen: ['kwetsbare jongeren', 'jongeren zonder startkwalificatie'], parent: 'kwetsbare-personen', samenvatting: 'Jongeren die door de crisis moeilijker aansluiting vinden bij school, werk of hulp.' },
  { id: 'clienten-maatschappelijke-opvang', titel: 'Cliënten van de maatschappelijke opvang', label: 'cliënten van de maatschappelijke opvang', synoniemen: ['opvang', 'nachtopvang'], parent: 'dak-en-thuislozen', samenvatting: 'Mensen die tijdelijk verblijven in de nachtopvang of een opvangvoorziening.' },
  { id: 'mensen-in-de-palliatieve-fase', titel: 'Mensen in de palliatieve fase', label: 'mensen in de palliatieve fase', synoniemen: ['palliatieve zorg', 'stervensfase', 'hospice'], parent: 'kwetsbare-personen', samenvatting: 'Mensen in de laatste levensfase en hun naasten, voor wie bezoek en nabijheid essentieel zijn.' },
  { id: 'vrijwillige-thuishulpen', titel: 'Buurthulpen en vrijwillige thuishulpen', label: 'buurthulpen', synoniemen: ['burenhulp', 'NL voor elkaar', 'boodschappenhulp'], parent: 'vrijwilligers', samenvatting: 'Buren en vrijwilligers die boodschappen doen of een luisterend oor bieden.' },
  { id: 'mensen-met-een-zintuiglijke-beperking', titel: 'Mensen met een zintuiglijke beperking', label: 'mensen met een zintuiglijke beperking', synoniemen: ['zintuiglijk beperkt', 'doofblind'], parent: 'mensen-met-een-beperking', samenvatting: 'Mensen met een beperking in horen, zien of beide.' },
  { id: 'mensen-met-een-spierziekte', titel: 'Mensen met een spierziekte', label: 'mensen met een spierziekte', synoniemen: ['spierziekte', 'neuromusculaire aandoening'], parent: 'mensen-met-een-chronische-ziekte', samenvatting: 'Mensen met een neuromusculaire aandoening die vaak afhankelijk zijn van hulp thuis.' },
  { id: 'studenten-zorgopleidingen', titel: 'Studenten van zorgopleidingen', label: 'studenten van zorgopleidingen', synoniemen: ['stagiairs', 'leerlingen zorg'], parent: 'zorgpersoneel', samenvatting: 'Studenten en stagiairs die tijdens de crisis in de zorg hielpen.' },
  { id: 'gezinnen-met-een-laag-inkomen', titel: 'Gezinnen met een laag inkomen', label: 'gezinnen met een laag inkomen', synoniemen: ['minima', 'armoede'], parent: 'kwetsbare-personen', samenvatting: 'Huishoudens met een laag inkomen die extra kosten door de crisis moeilijk kunnen dragen.' },
  { id: 'nabestaanden', titel: 'Nabestaanden', label: 'nabestaanden', synoniemen: ['rouw', 'afscheid nemen', 'uitvaart'], parent: 'kwetsbare-personen', samenvatting: 'Naasten van mensen die overleden, voor wie afscheid nemen door de maatregelen moeilijker was.' },
];

export type OrgSoort = 'directie' | 'ministerie' | 'koepelorganisatie' | 'clientorganisatie' | 'kennisinstituut' | 'uitvoeringsorganisatie' | 'overleg';

export interface OrganisatieBron {
  id: string;
  titel: string;
  afkorting?: string;
  soort: OrgSoort;
  website?: string;
  /** How running text names it: "de VNG", "Ieder(in)". */
  label: string;
  beschrijving: string;
}

/** Organisations; VWS directorates first (they own measures and actions). */
export const ORGANISATIES: OrganisatieBron[] = [
  { id: 'dmo', titel: 'Directie Maatschappelijke Ondersteuning', afkorting: 'DMO', soort: 'directie', label: 'DMO', beschrijving: 'Directie van VWS die verantwoordelijk is voor de Wmo 2015, mantelzorg, dagbesteding en de samenwerking met gemeenten in het sociaal domein.' },
  { id: 'lz', titel: 'Directie Langdurige Zorg', afkorting: 'LZ', soort: 'directie', label: 'directie LZ', beschrijving: 'Directie van VWS die verantwoordelijk is voor de Wet langdurige zorg, verpleeghuizen en gehandicaptenzorg.' },
  { id: 'dglz', titel: 'Directoraat-generaal Langdurige Zorg', afkorting: 'DGLZ', soort: 'directie', label: 'DGLZ', beschrijving: 'Directoraat-generaal van VWS voor langdurige zorg en ondersteuning; eigenaar van acties in de verslagen van het ContinuïteitsTeam.' },
  { id: 'meva', titel: 'Directie Macro-Economische Vraagstukken en Arbeidsmarkt', afkorting: 'MEVA', soort: 'directie', label: 'MEVA', beschrijving: 'Directie van VWS voor arbeidsmarkt en personeel in de zorg.' },
  { id: 'fez', titel: 'Directie Financieel-Economische Zaken', afkorting: 'FEZ', soort: 'directie', label: 'FEZ', beschrijving: 'Directie van VWS voor begroting en financiële afspraken met zorgkantoren, zorgverzekeraars en gemeenten.' },
  { id: 'jeugd', titel: 'Directie Jeugd', afkorting: 'Jeugd', soort: 'directie', label: 'directie Jeugd', beschrijving: 'Directie van VWS die verantwoordelijk is voor de Jeugdwet en de jeugdhulp.' },
  { id: 'dco', titel: 'Directie Communicatie', afkorting: 'Dco', soort: 'directie', label: 'Dco', beschrijving: 'Directie van VWS voor publieksinformatie, de website en social media.' },
  { id: 'bpz', titel: 'Directie Bestuurlijke en Politieke Zaken', afkorting: 'BPZ', soort: 'directie', label: 'BPZ', beschrijving: 'Directie van VWS die Kamerbrieven, debatten en bestuurlijke advisering coördineert.' },
  { id: 'cz', titel: 'Directie Curatieve Zorg', afkorting: 'CZ', soort: 'directie', label: 'directie CZ', beschrijving: 'Directie van VWS voor de curatieve zorg, waaronder de wijkverpleging en de Zorgverzekeringswet.' },
  { id: 'pg', titel: 'Directie Publieke Gezondheid', afkorting: 'PG', soort: 'directie', label: 'directie PG', beschrijving: 'Directie van VWS voor infectieziektebestrijding en de GGD-en.' },
  { id: 'vng', titel: 'Vereniging van Nederlandse Gemeenten', afkorting: 'VNG', soort: 'koepelorganisatie', website: 'https://www.vng.nl', label: 'de VNG', beschrijving: 'Vereniging van alle Nederlandse gemeenten; gesprekspartner over de Wmo 2015, de Jeugdwet en de financiering in het sociaal domein.' },
  { id: 'iederin', titel: 'Ieder(in)', soort: 'clientorganisatie', website: 'https://iederin.nl', label: 'Ieder(in)', beschrijving: 'Netwerk voor mensen met een beperking of chronische ziekte; deelnemer aan het crisisoverleg met VWS.' },
  { id: 'per-saldo', titel: 'Per Saldo', soort: 'clientorganisatie', website: 'https://www.pgb.nl', label: 'Per Saldo', beschrijving: 'Belangenvereniging van mensen met een persoonsgebonden budget.' },
  { id: 'kansplus', titel: 'KansPlus', soort: 'clientorganisatie', website: 'https://www.kansplus.nl', label: 'KansPlus', beschrijving: 'Belangennetwerk voor mensen met een verstandelijke beperking en hun naasten.' },
  { id: 'lsr', titel: 'Landelijk Steunpunt (mede)zeggenschap', afkorting: 'LSR', soort: 'clientorganisatie', website: 'https://www.hetlsr.nl', label: 'het LSR', beschrijving: 'Steunpunt voor cliëntenraden in zorg en welzijn.' },
  { id: 'movisie', titel: 'Movisie', soort: 'kennisinstituut', website: 'https://www.movisie.nl', label: 'Movisie', beschrijving: 'Landelijk kennisinstituut voor het sociaal domein; deelt kennis over dagbesteding en sociale vraagstukken.' },
  { id: 'rivm', titel: 'Rijksinstituut voor Volksgezondheid en Milieu', afkorting: 'RIVM', soort: 'kennisinstituut', website: 'https://www.rivm.nl', label: 'het RIVM', beschrijving: 'Kennisinstituut voor volksgezondheid; adviseert over infectieziektebestrijding.' },
  { id: 'koepels-aanbieders', titel: 'Koepels van zorgaanbieders', soort: 'koepelorganisatie', label: 'de koepels van aanbieders', beschrijving: 'Brancheorganisaties van aanbieders in de langdurige zorg en het sociaal domein.' },
  { id: 'mezzo', titel: 'Mezzo', soort: 'clientorganisatie', website: 'https://www.mezzo.nl', label: 'Mezzo', beschrijving: 'Landelijke vereniging voor mantelzorgers en vrijwilligerszorg.' },
  { id: 'actiz', titel: 'ActiZ', soort: 'koepelorganisatie', website: 'https://www.actiz.nl', label: 'ActiZ', beschrijving: 'Brancheorganisatie van zorgaanbieders in de ouderenzorg en wijkverpleging.' },
  { id: 'vgn', titel: 'Vereniging Gehandicaptenzorg Nederland', afkorting: 'VGN', soort: 'koepelorganisatie', website: 'https://www.vgn.nl', label: 'de VGN', beschrijving: 'Brancheorganisatie van aanbieders in de gehandicaptenzorg.' },
  { id: 'zn', titel: 'Zorgverzekeraars Nederland', afkorting: 'ZN', soort: 'koepelorganisatie', website: 'https://www.zn.nl', label: 'Zorgverzekeraars Nederland', beschrijving: 'Koepel van zorgverzekeraars en zorgkantoren.' },
  { id: 'ggd-ghor', titel: 'GGD GHOR Nederland', soort: 'koepelorganisatie', website: 'https://ggdghor.nl', label: 'GGD GHOR Nederland', beschrijving: 'Vereniging van de GGD-en en GHOR-bureaus.' },
  { id: 'patientenfederatie', titel: 'Patiëntenfederatie Nederland', soort: 'clientorganisatie', website: 'https://www.patientenfederatie.nl', label: 'de Patiëntenfederatie', beschrijving: 'Koepel van patiënten- en consumentenorganisaties.' },
  { id: 'kbo-pcob', titel: 'KBO-PCOB', soort: 'clientorganisatie', website: 'https://www.kbo-pcob.nl', label: 'KBO-PCOB', beschrijving: 'Seniorenorganisatie die de belangen van ouderen behartigt.' },
  { id: 'alzheimer-nederland', titel: 'Alzheimer Nederland', soort: 'clientorganisatie', website: 'https://www.alzheimer-nederland.nl', label: 'Alzheimer Nederland', beschrijving: 'Patiëntenvereniging voor mensen met dementie en hun naasten.' },
  { id: 'mind', titel: 'MIND Landelijk Platform Psychische Gezondheid', afkorting: 'MIND', soort: 'clientorganisatie', website: 'https://wijzijnmind.nl', label: 'MIND', beschrijving: 'Landelijk platform van cliënten en naasten in de ggz.' },
  { id: 'vilans', titel: 'Vilans', soort: 'kennisinstituut', website: 'https://www.vilans.nl', label: 'Vilans', beschrijving: 'Kenniscentrum voor de langdurige zorg.' },
  { id: 'nji', titel: 'Nederlands Jeugdinstituut', afkorting: 'NJi', soort: 'kennisinstituut', website: 'https://www.nji.nl', label: 'het NJi', beschrijving: 'Kennisinstituut voor jeugd en opvoeding.' },
  { id: 'scp', titel: 'Sociaal en Cultureel Planbureau', afkorting: 'SCP', soort: 'kennisinstituut', website: 'https://www.scp.nl', label: 'het SCP', beschrijving: 'Planbureau dat onderzoek doet naar de sociale gevolgen van de crisis.' },
  { id: 'nza', titel: 'Nederlandse Zorgautoriteit', afkorting: 'NZa', soort: 'uitvoeringsorganisatie', website: 'https://www.nza.nl', label: 'de NZa', beschrijving: 'Toezichthouder op de zorgmarkten en regelgever voor de financiering van zorg.' },
  { id: 'svb', titel: 'Sociale Verzekeringsbank', afkorting: 'SVB', soort: 'uitvoeringsorganisatie', website: 'https://www.svb.nl', label: 'de SVB', beschrijving: 'Voert het trekkingsrecht van het persoonsgebonden budget uit.' },
  { id: 'cak', titel: 'CAK', soort: 'uitvoeringsorganisatie', website: 'https://www.hetcak.nl', label: 'het CAK', beschrijving: 'Int de eigen bijdrage voor de Wmo 2015 en de Wlz.' },
  { id: 'igj', titel: 'Inspectie Gezondheidszorg en Jeugd', afkorting: 'IGJ', soort: 'uitvoeringsorganisatie', website: 'https://www.igj.nl', label: 'de inspectie', beschrijving: 'Toezichthouder op de kwaliteit en veiligheid van zorg en jeugdhulp.' },
  { id: 'ciz', titel: 'Centrum indicatiestelling zorg', afkorting: 'CIZ', soort: 'uitvoeringsorganisatie', website: 'https://www.ciz.nl', label: 'het CIZ', beschrijving: 'Beoordeelt aanvragen voor de Wet langdurige zorg.' },
  { id: 'lch', titel: 'Landelijk Consortium Hulpmiddelen', afkorting: 'LCH', soort: 'uitvoeringsorganisatie', label: 'het LCH', beschrijving: 'Consortium dat beschermingsmiddelen inkoopt en over de regio verdeelt.' },
  { id: 'nl-voor-elkaar', titel: 'NL voor elkaar', soort: 'uitvoeringsorganisatie', website: 'https://www.nlvoorelkaar.nl', label: 'NL voor elkaar', beschrijving: 'Platform dat hulpvragen en hulpaanbod in gemeenten bij elkaar brengt.' },
  { id: 'szw', titel: 'Ministerie van Sociale Zaken en Werkgelegenheid', afkorting: 'SZW', soort: 'ministerie', label: 'SZW', beschrijving: 'Ministerie dat verantwoordelijk is voor de Participatiewet en het vangnet voor zelfstandigen.' },
  { id: 'ocw', titel: 'Ministerie van Onderwijs, Cultuur en Wetenschap', afkorting: 'OCW', soort: 'ministerie', label: 'OCW', beschrijving: 'Ministerie dat samen met VWS de noodopvang voor kinderen regelt.' },
  { id: 'jenv', titel: 'Ministerie van Justitie en Veiligheid', afkorting: 'JenV', soort: 'ministerie', label: 'JenV', beschrijving: 'Ministerie dat verantwoordelijk is voor de avondklok, de VOG en de handhaving.' },
  { id: 'bzk', titel: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', afkorting: 'BZK', soort: 'ministerie', label: 'BZK', beschrijving: 'Ministerie dat het steunpakket voor de medeoverheden coördineert.' },
  { id: 'continuiteitsteam-lz', titel: 'Corona ContinuïteitsTeam LZ', soort: 'overleg', label: 'het ContinuïteitsTeam', beschrijving: 'Overleg van de minister met de directies van VWS over de continuïteit van zorg tijdens de crisis.' },
  { id: 'po-vws-vng', titel: 'Periodiek overleg VWS-VNG', afkorting: 'PO VWS-VNG', soort: 'overleg', label: 'het PO VWS-VNG', beschrijving: 'Regulier ambtelijk overleg tussen VWS en de VNG.' },
  { id: 'crisisoverleg-beperking', titel: 'Crisisoverleg mensen met een beperking of chronische ziekte', soort: 'overleg', label: 'het crisisoverleg', beschrijving: 'Overleg tussen VWS en de cliëntenorganisaties over de gevolgen van de crisis voor mensen met een beperking of chronische ziekte.' },
  { id: 'ndsd', titel: 'Netwerk directeuren sociaal domein', afkorting: 'NDSD', soort: 'overleg', label: 'het NDSD', beschrijving: 'Overleg met directeuren sociaal domein van gemeenten.' },
  { id: 'werkgroep-respijtzorg', titel: 'Werkgroep respijtzorg en mantelzorg', soort: 'overleg', label: 'de werkgroep respijtzorg', beschrijving: 'Werkgroep die vragen over respijtzorg en mantelzorg tijdens de crisis bundelt.' },
  { id: 'werkgroep-lvb', titel: 'Werkgroep LVB', soort: 'overleg', label: 'de werkgroep LVB', beschrijving: 'Werkgroep over mensen met een licht verstandelijke beperking, vooral over toegankelijke informatie.' },
];

/** Regions used for regional organisations and for `{regio}` in text. */
export const REGIOS = [
  'Twente', 'Drenthe', 'Zeeland', 'Noord-Limburg', 'Zuid-Limburg', 'Groningen', 'Fryslân', 'Flevoland', 'de Achterhoek',
  'West-Brabant', 'Midden-Brabant', 'Zuidoost-Brabant', 'Haaglanden', 'Rotterdam-Rijnmond', 'Amsterdam-Amstelland',
  'Zaanstreek-Waterland', 'Kennemerland', 'Hollands Midden', 'Gooi en Vechtstreek', 'regio Utrecht', 'Gelderland-Zuid',
  'Noord- en Oost-Gelderland', 'IJsselland', 'de Drechtsteden', 'Midden-Holland', 'Noord-Holland Noord', 'Zuid-Holland Zuid',
  'Hart van Brabant', 'Eemland', 'de Veluwe', 'West-Friesland', 'Oost-Brabant',
];

/** Roles (never names) that approve passages. */
export const VASTSTELLERS = [
  'DG Langdurige Zorg',
  'plv. DG Langdurige Zorg',
  'directeur Maatschappelijke Ondersteuning',
  'directeur Langdurige Zorg',
  'directeur Jeugd',
  'MT DMO',
  'minister voor Medische Zorg en Sport',
  'staatssecretaris van VWS',
];

/** Parliamentary dossiers for Kamerstuk citations: [dossier, suffix]. */
export const DOSSIERS: [string, string | undefined][] = [
  ['25 295', undefined], // Infectieziektenbestrijding
  ['34 104', undefined], // Langdurige zorg
  ['29 538', undefined], // Zorg en maatschappelijke ondersteuning
  ['31 839', undefined], // Jeugdzorg
  ['30 169', undefined], // Mantelzorg
  ['29 282', undefined], // Arbeidsmarktbeleid in de zorg
  ['35 420', undefined], // Noodpakket banen en economie
  ['35 570', 'XVI'], // Begroting VWS 2021
  ['35 300', 'XVI'], // Begroting VWS 2020
  ['36 000', 'XVI'], // Begroting VWS 2022
];

export const STATUS_TOELICHTING: Record<MaatregelStatus, string[]> = {
  voorgenomen: ['Het kabinet overweegt de maatregel; de uitwerking wordt afgestemd met de betrokken partijen.', 'Voorstel besproken in het crisisoverleg.'],
  aangekondigd: ['De maatregel is aangekondigd in de persconferentie.', 'In de Kamerbrief komt de maatregel aan de orde.'],
  'van kracht': ['De maatregel is ingegaan.', 'Gemeenten en aanbieders geven lokaal invulling aan de maatregel.'],
  afgeschaald: ['De maatregel is gedeeltelijk afgeschaald na verbetering van de situatie.', 'Een deel van de afspraken is vervallen; de rest loopt door.'],
  beëindigd: ['De maatregel is beëindigd.', 'Met het opheffen van de landelijke maatregelen is ook deze maatregel vervallen.'],
};

export const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
