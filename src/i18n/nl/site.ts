/** Dutch messages of `k80 site`: the command's own texts and every text of the generated website. */
const n = (count: number, one: string, more: string): string => `${count} ${count === 1 ? one : more}`;

export const site = {
  description: 'maak de website van de agenda: thema\'s, acties met hun tijdlijn, goede voorbeelden met zoeken, de kaart van de leden en de terugkoppelingen',
  optOut: 'map waarin de website komt; een eerdere website van k80 daar wordt vervangen',
  optBaseUrl: 'het webadres waar de website komt te staan (bijvoorbeeld https://k80.example.org/), alleen nodig voor de feed en sitemap.xml',
  helpAfter: `
De website bestaat uit gewone HTML-bestanden en werkt ook als je index.html opent vanaf je eigen schijf of een
netwerkschijf. Elke keer wordt de hele website opnieuw gemaakt. Een map die niet door k80 is gemaakt (of waarin
andere bestanden staan) wordt nooit leeggemaakt: dan stopt k80 met een melding.

Voorbeelden:
  k80 site                                   de website in de map site/
  k80 site --out public --base-url https://k80.example.org/
`,
  written: (dir: string, pages: number, bytes: number) =>
    `Website geschreven in ${dir}: ${n(pages, 'pagina', "pagina's")}, ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB. Open index.html in je browser.`,
  noGit: 'Deze map is geen git-repository: de tijdlijnen, de datums "laatst bijgewerkt" en het archief van terugkoppelingen blijven leeg.',
  noCommits: 'De repository heeft nog geen commits: de tijdlijnen en het archief van terugkoppelingen blijven leeg.',
  shallow: 'Dit is een ondiepe kloon (shallow clone): de tijdlijnen zijn onvolledig. Haal de hele geschiedenis op met git fetch --unshallow (in GitHub Actions: fetch-depth: 0).',
  noSettings: 'agenda/k80.yaml ontbreekt of bevat fouten: zonder de naam en de ledenlijst kan k80 geen website maken.',
  contentHint: 'Voer k80 validate uit en verbeter de fouten die het noemt.',
  contentErrors: (count: number) =>
    count === 1
      ? '1 bestand heeft een fout en ontbreekt daarom op de website. Voer k80 validate uit voor de details.'
      : `${count} bestanden hebben een fout en ontbreken daarom op de website. Voer k80 validate uit voor de details.`,
  noSitemap: 'Geen sitemap.xml gemaakt: die heeft volledige webadressen nodig. Geef het adres van de website op met --base-url.',
  badBaseUrl: (url: string) => `Het adres bij --base-url is geen webadres: ${url}.`,
  badBaseUrlHint: 'Geef een volledig adres dat begint met https://, bijvoorbeeld --base-url https://k80.example.org/.',

  out: {
    holdsRepository: (dir: string) => `De map ${dir} bevat de repository zelf; k80 maakt die nooit leeg.`,
    insideAgenda: (dir: string) => `De map ${dir} ligt in agenda/; daar hoort de website niet.`,
    insideGit: (dir: string) => `De map ${dir} ligt in de map .git van de repository; daar hoort de website niet.`,
    notAFolder: (dir: string) => `${dir} bestaat al en is geen map.`,
    notASite: (dir: string) => `De map ${dir} is niet leeg en is geen eerdere website van k80. k80 verwijdert geen bestanden die het niet zelf heeft gemaakt.`,
    foreignFiles: (dir: string, some: string, count: number) =>
      `In de map ${dir} staan ${n(count, 'bestand', 'bestanden')} die k80 niet heeft gemaakt (${some}${count > 5 ? ', …' : ''}). k80 verwijdert die niet.`,
    refusedHint: 'Kies met --out een andere of een lege map, of verplaats de bestanden eerst.',
    failed: (dir: string, code: string) => `De website kon niet in ${dir} worden geschreven (${code}).`,
    failedHint: 'Controleer of je in die map mag schrijven, of er genoeg ruimte is en of geen ander programma de map open heeft.',
  },

  // the website
  skipLink: 'Naar de inhoud',
  navLabel: 'Hoofdmenu',
  nav: {
    home: 'Agenda',
    catalogue: 'Goede voorbeelden',
    municipalities: 'Gemeenten',
    topics: "Actuele onderwerpen",
    archive: 'Terugkoppelingen',
  },
  footer: (name: string) => `${name} · gemaakt met k80 uit de agenda-repository van het netwerk`,
  feedLink: 'Nieuwe goede voorbeelden (feed)',
  feedTitle: (name: string) => `Nieuwe goede voorbeelden – ${name}`,
  homeLead: (name: string, adopted: string) =>
    `De agenda van de ${name}, het netwerk van kleinere en krachtige gemeenten${adopted === '' ? '' : `, vastgesteld op ${adopted}`}. ` +
    "Hier vind je de thema's en acties met hun voortgang, de goede voorbeelden van de leden en de terugkoppelingen.",
  actionCount: (count: number, parts: string) => (count === 0 ? 'nog geen acties' : `${n(count, 'actie', 'acties')}${parts === '' ? '' : `: ${parts}`}`),
  practiceCount: (count: number) => n(count, 'goed voorbeeld', 'goede voorbeelden'),
  newestPractices: 'Nieuwste goede voorbeelden',
  allPractices: (count: number) => `Alle ${n(count, 'goed voorbeeld', 'goede voorbeelden')} doorzoeken`,
  membersHeading: 'De leden op de kaart',
  membersLink: 'Alle leden in een tabel',
  latestReport: 'Laatste terugkoppeling',
  allReports: 'alle terugkoppelingen',
  noReports: 'Er is nog geen terugkoppeling gepubliceerd.',
  noPractices: 'Nog geen goede voorbeelden.',

  // theme pages
  question: 'Centrale vraag:',
  portfolioHolder: 'Portefeuillehouder',
  officialLead: 'Ambtelijk trekker',
  actionsHeading: (count: number) => (count === 1 ? 'Actie' : 'Acties'),
  noActions: 'Bij dit thema staan nog geen acties.',
  practicesHeading: (count: number) => `Goede voorbeelden (${count})`,
  status: 'Status',
  type: 'Soort',
  lead: 'Trekker',
  timeline: 'Tijdlijn',
  noTimeline: 'Nog geen voortgang vastgelegd.',
  statusStart: (status: string) => `Opgenomen met status ${status}`,
  statusChange: (from: string, to: string) => `Status: ${from} → ${to}`,

  // practice pages
  practiceKicker: 'Goed voorbeeld',
  municipality: 'Gemeente',
  themes: "Thema's",
  date: 'Datum',
  tags: 'Trefwoorden',
  updated: 'Laatst bijgewerkt',
  contact: 'Contact',
  links: 'Meer informatie',
  backToCatalogue: 'Terug naar alle goede voorbeelden',

  // municipalities
  municipalitiesTitle: 'Gemeenten',
  municipalitiesLead: (count: number) =>
    `De ${n(count, 'gemeente', 'gemeenten')} op de ledenlijst, met hun goede voorbeelden. Het secretariaat vult de lijst aan.`,
  memberKicker: 'Lid van het netwerk',
  leadActions: 'Acties waarvan deze gemeente trekker is',
  noLeadActions: 'Deze gemeente is (nog) geen trekker van een actie.',
  raisedTopics: 'Ingebrachte actuele onderwerpen',
  noRaisedTopics: 'Deze gemeente heeft (nog) geen actueel onderwerp ingebracht.',
  backToMunicipalities: 'Terug naar alle gemeenten',
  map: {
    svgTitle: (count: number) => `Kaart van Nederland met de ${n(count, 'lidgemeente', 'lidgemeenten')} gekleurd naar hun aantal goede voorbeelden`,
    memberLabel: (name: string, count: number) => `${name}: ${n(count, 'goed voorbeeld', 'goede voorbeelden')}`,
    caption: 'De gekleurde gemeenten zijn lid; hoe donkerder, hoe meer goede voorbeelden. Kies een gemeente voor haar pagina. Dezelfde gegevens staan in de tabel.',
    legendLabel: 'Legenda',
    legend: ['lid, nog geen goede voorbeelden', '1 of 2', '3 tot en met 5', '6 tot en met 10', 'meer dan 10'],
    source: 'Bron: CBS/PDOK (Gebiedsindelingen 2025, vereenvoudigd door cartomap/nl)',
    tableCaption: 'Lidgemeenten en hun aantal goede voorbeelden',
    columnMunicipality: 'Gemeente',
    columnPractices: 'Goede voorbeelden',
  },

  // topics
  topicsTitle: "Actuele onderwerpen",
  topicsLead: 'Onderwerpen die leden inbrengen en die het Dagelijks bestuur weegt met het afwegingskader: steekt het netwerk er energie in?',
  topicsHeading: (count: number) => `Onderwerpen (${count})`,
  noTopics: 'Er zijn nog geen actuele onderwerpen ingebracht.',
  raisedBy: 'Ingebracht door',
  notAssessed: 'Nog niet gewogen.',
  total: 'Totaal (0–100)',
  verdict: 'Oordeel',
  knockout: 'Knock-out',
  noKnockout: 'geen',
  assessedOn: 'Gewogen op',
  note: 'Toelichting',
  frameworkHeading: 'Het afwegingskader',
  noFramework: 'Het afwegingskader (agenda/afwegingskader.yaml) ontbreekt of bevat fouten.',
  frameworkIntro: (version: number) =>
    `Het bestuur beantwoordt per criterium een vraag met een score. Elke score telt mee met het gewicht van het criterium; samen geven ze een totaal van 0 tot en met 100. Versie ${version} van het kader.`,
  scale: (labels: string) => `De scores: ${labels}.`,
  criteriaCaption: 'De criteria van het afwegingskader',
  criterion: 'Criterium',
  weight: 'Gewicht',
  yes: 'ja',
  no: 'nee',
  thresholds: (takeUp: number, monitor: number) =>
    `Een totaal van ${takeUp} of meer betekent Oppakken, van ${monitor} tot ${takeUp} Volgen, daaronder Niet oppakken. Scoort een knock-outcriterium het minimum, dan is het oordeel altijd Niet oppakken.`,

  // archive
  archiveTitle: 'Terugkoppelingen',
  archiveLead: 'Twee keer per jaar krijgen de leden een terugkoppeling: wat er met de agenda is gebeurd. De nieuwste staat bovenaan.',
  periodRange: (from: string, to: string) => `${from} – ${to}`,

  // accessibility statement and 404
  accessibilityTitle: 'Toegankelijkheidsverklaring',
  accessibilityText: (name: string, date: string) =>
    [
    `De ${name} wil dat iedereen deze website kan gebruiken. De website is gemaakt volgens de eisen van WCAG 2.1 op niveau AA, zoals het Besluit digitale toegankelijkheid overheid vraagt.`,
    'Wat we daarvoor doen: de pagina\'s hebben een vaste opbouw met koppen, een link naar de inhoud, zichtbare focus en voldoende kleurcontrast. Alles werkt met alleen het toetsenbord, ook zoeken. De kaart heeft een tabel met dezelfde gegevens en elke lidgemeente op de kaart heeft een naam. De website werkt op een smal scherm en bij 200 % vergroting.',
    `Elke versie van de website wordt automatisch getest met axe-core in een browser. Deze verklaring is bijgewerkt op ${date}. Een volledige verklaring volgens het model van de overheid (toegankelijkheidsverklaring.nl) vult het secretariaat in.`,
    'Kom je toch iets tegen dat niet werkt? Meld het bij het secretariaat van het netwerk of als issue in de repository. We reageren binnen vijf werkdagen.',
    ].join('\n\n'),
  notFoundTitle: 'Deze pagina bestaat niet',
  notFoundText: 'De pagina die je zoekt is er niet (meer). Misschien is het adres veranderd.',
  notFoundHome: 'Naar de agenda',

  // the catalogue's search
  search: {
    title: 'Goede voorbeelden',
    lead: (count: number) => `${n(count, 'goed voorbeeld', 'goede voorbeelden')} van de leden. Zoek op een woord of kies een thema, gemeente of trefwoord.`,
    formLabel: 'Goede voorbeelden zoeken',
    query: 'Zoeken',
    queryHint: 'De resultaten verschijnen terwijl je typt. Ook verwante woorden tellen mee: "woningen" vindt ook "woning".',
    theme: 'Thema',
    allThemes: "Alle thema's",
    municipality: 'Gemeente',
    allMunicipalities: 'Alle gemeenten',
    tag: 'Trefwoord',
    allTags: 'Alle trefwoorden',
    reset: 'Alles wissen',
    countTemplate: '{n} gevonden',
    allTemplate: '{n} goede voorbeelden',
    none: 'Niets gevonden. Probeer een ander woord of minder filters.',
  },
};
