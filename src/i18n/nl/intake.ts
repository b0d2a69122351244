/** Dutch messages of `k80 forms` (the issue forms) and `k80 intake` (a submitted form becomes an entry). */

const quoteList = (xs: readonly string[]): string => xs.map((x) => `'${x}'`).join(', ');

export const forms = {
  description: 'maak de webformulieren (issue forms) voor GitHub en Forgejo uit de agenda, of controleer ze',
  helpAfter: `
De formulieren komen in .github/ISSUE_TEMPLATE/ (GitHub en Forgejo lezen die map). Draai k80 forms na
een nieuw lid, thema of actie en commit de gewijzigde bestanden; de controle in CI draait k80 forms --check.
`,
  optCheck: 'schrijf niets: controleer alleen of de formulieren bij de agenda passen (exit 1 als ze verouderd zijn)',
  header: 'Gemaakt door `k80 forms` uit de agenda (ledenlijst, thema\'s en acties). Pas dit bestand niet met de hand aan: draai `k80 forms` na een wijziging in de agenda.',
  written: (n: number) => `${n} formulier${n === 1 ? '' : 'en'} bijgewerkt:`,
  upToDate: (n: number) => `De ${n} formulieren passen bij de agenda.`,
  stale: (files: readonly string[]) => `Deze formulieren passen niet meer bij de agenda: ${files.join(', ')}.`,
  staleHint: 'Draai k80 forms en neem de gewijzigde bestanden op in je commit.',
  agendaInvalid: 'De agenda bevat fouten, daarom kunnen de formulieren niet worden gemaakt.',
  agendaInvalidHint: 'Bekijk de fouten met k80 validate en herstel ze eerst.',
  otherMunicipality: 'Andere gemeente',
  intro: (network: string) =>
    `Na het versturen controleert een bot je inzending. Is alles goed, dan maakt de bot er een voorstel (pull request) van dat de beheerders van ${network} bekijken. Moet er iets anders, dan krijg je hier een reactie met wat je moet aanpassen.\n\n**Let op:** alles wat je hier invult, is openbaar. Noem rollen en gemeenten, geen namen. Gebruik alleen een functionele mailbox, geen persoonlijk e-mailadres.`,

  practice: {
    name: 'Goed voorbeeld delen',
    about: (network: string) => `Deel een goed voorbeeld uit je gemeente met de andere gemeenten van ${network}.`,
    title: 'Goed voorbeeld: ',
    fields: {
      title: ['Titel', 'Een korte, herkenbare naam voor het voorbeeld (hooguit 200 tekens).'],
      municipality: ['Gemeente', 'De gemeente waar het voorbeeld vandaan komt. Staat je gemeente er niet bij? Kies dan "Andere gemeente" en vul hieronder de naam in.'],
      other_municipality: ['Naam van de andere gemeente', 'Alleen invullen als je hierboven "Andere gemeente" koos.'],
      themes: ['Thema\'s', 'Bij welke thema\'s van de agenda past het voorbeeld? Kies er minstens één.'],
      summary: ['Samenvatting', 'Eén zin: wat is het en wat levert het op? Hooguit 280 tekens.'],
      description: ['Beschrijving', 'Beantwoord de vragen onder de kopjes. De tekst tussen <!-- en --> is uitleg: die wordt niet getoond.'],
      tags: ['Trefwoorden', 'Losse woorden om het voorbeeld terug te vinden, gescheiden door komma\'s. Bijvoorbeeld: dorpsplan, inwoners'],
      links: ['Links', 'Webadressen met meer informatie, één per regel. Ze beginnen met https://'],
      contact_role: ['Contact: rol of afdeling', 'Bij wie kunnen collega\'s terecht? Noem een functie of afdeling, geen naam. Bijvoorbeeld: beleidsadviseur wonen'],
      contact_email: ['Contact: functionele mailbox', 'Een algemeen e-mailadres, bijvoorbeeld wonen@gemeente.nl. Geen persoonlijk adres: alles is openbaar.'],
      date: ['Datum', 'De datum van het voorbeeld als JJJJ-MM-DD, bijvoorbeeld 2026-03-12. Laat je dit leeg, dan wordt het de datum van vandaag.'],
      consent: ['Toestemming', 'Zonder toestemming kunnen we het voorbeeld niet opnemen.'],
    },
    consentOption: 'Mijn gemeente vindt het goed dat dit openbaar wordt gedeeld',
  },
  progress: {
    name: 'Voortgang van een actie melden',
    about: (network: string) => `Meld wat er is gebeurd bij een actie van de agenda van ${network}.`,
    title: 'Voortgang: ',
    fields: {
      action: ['Actie', 'Over welke actie van de agenda gaat het?'],
      status: ['Nieuwe status', 'Alleen kiezen als de status van de actie verandert.'],
      note: ['Wat is er gebeurd?', 'Schrijf in een paar zinnen wat er is gedaan of besloten. Dit komt met de datum onder "Voortgang" bij de actie.'],
      date: ['Datum', 'Wanneer gebeurde het? Schrijf de datum als JJJJ-MM-DD. Laat je dit leeg, dan wordt het de datum van vandaag.'],
    },
  },
  topic: {
    name: 'Actueel onderwerp aandragen',
    about: (network: string) => `Draag een actueel onderwerp aan waar ${network} iets mee kan doen.`,
    title: 'Actueel onderwerp: ',
    fields: {
      title: ['Onderwerp', 'Waar gaat het over, in een paar woorden (hooguit 200 tekens)?'],
      municipality: ['Gemeente', 'Uit welke gemeente komt het onderwerp? Staat je gemeente er niet bij? Kies dan "Andere gemeente" en vul hieronder de naam in.'],
      other_municipality: ['Naam van de andere gemeente', 'Alleen invullen als je hierboven "Andere gemeente" koos.'],
      role: ['Jouw rol', 'Je functie of afdeling, geen naam. Bijvoorbeeld: gemeentesecretaris'],
      description: ['Toelichting', 'Waarom is dit nu belangrijk voor kleine gemeenten? Is er een besluit of termijn waar het om gaat?'],
    },
  },
} as const;

export const intake = {
  description: 'maak van een ingevuld webformulier (issue form) een gecontroleerd bestand op een eigen tak',
  helpAfter: `
Is alles goed, dan komt het bestand in een eigen commit op de tak intake/<nummer>-<id>, gemaakt vanaf de
huidige commit. Is er iets mis, dan stopt k80 met code 1, schrijft niets en zet in --comment-file per vraag
van het formulier wat er moet worden aangepast. Normaal draait de workflow .github/workflows/intake.yml dit.

Voorbeeld:
  k80 intake --form practice --body-file melding.md --issue 12 --comment-file reactie.md
`,
  optForm: 'welk formulier: practice (goed voorbeeld), progress (voortgang van een actie) of topic (actueel onderwerp)',
  optBodyFile: 'bestand met de tekst van het ingevulde formulier, zoals de website die toont (- voor standaardinvoer)',
  optIssue: 'nummer van de melding (issue): komt in de naam van de tak en in de commit',
  optCommentFile: 'schrijf hier een reactie in markdown voor de melding: wat er is gemaakt, of wat er moet worden aangepast',
  issueInvalid: (value: string) => `--issue moet een nummer zijn (nu '${value}').`,
  issueInvalidHint: 'Geef het nummer van de melding, bijvoorbeeld --issue 12.',
  onIntakeBranch: (branch: string) => `Je staat op de tak ${branch}. Een inzending begint altijd vanaf de hoofdtak.`,
  onIntakeBranchHint: 'Ga eerst terug naar de hoofdtak, bijvoorbeeld met git switch main.',
  agendaInvalid: 'De agenda bevat fouten, daarom kan de inzending niet worden gecontroleerd.',
  agendaInvalidHint: 'Bekijk de fouten met k80 validate en herstel ze eerst op de hoofdtak.',
  created: (file: string, branch: string) => `Gemaakt: ${file} op tak ${branch}`,
  bodyFileHint: 'Controleer het pad. In de workflow schrijft een stap de tekst van de melding eerst naar dit bestand.',
  fileTaken: (file: string) => `${file} bestaat al op deze tak.`,
  fileTakenHint: 'Draai k80 intake opnieuw vanaf de hoofdtak.',

  // problems, each named by the form's field label
  tooLarge: (max: number) => `Het formulier is te groot (meer dan ${max} tekens). Maak de teksten korter.`,
  notAForm: 'Het formulier is niet herkend: de kopjes van de vragen ontbreken of zijn veranderd.',
  notAFormFix: 'Maak een nieuwe melding met het formulier en laat de kopjes (### …) staan.',
  required: 'Dit veld is verplicht, maar is leeg.',
  requiredFix: 'Vul het veld in.',
  otherMissing: (otherLabel: string) => `Je koos "Andere gemeente", maar het veld "${otherLabel}" is leeg.`,
  otherMissingFix: (otherLabel: string) => `Vul bij "${otherLabel}" de naam van je gemeente in.`,
  unknownOption: (value: string, options: readonly string[]) =>
    `'${value}' is geen keuze van dit veld.${options.length > 0 && options.length <= 12 ? ` Kies uit: ${quoteList(options)}.` : ''}`,
  unknownOptionFix: 'Kies een van de mogelijkheden in het formulier. Maak zo nodig een nieuwe melding met het formulier.',
  noTheme: 'Er is geen thema aangevinkt.',
  noThemeFix: 'Vink minstens één thema aan.',
  noConsent: 'De toestemming is niet aangevinkt.',
  noConsentFix: 'Vink aan dat je gemeente het goed vindt dat dit openbaar wordt gedeeld. Zonder toestemming nemen we het niet op.',
  tooLong: (length: number, max: number) => `De tekst is te lang: ${length} tekens, hooguit ${max}.`,
  tooLongFix: (max: number) => `Maak de tekst korter dan ${max} tekens.`,
  badDate: (value: string) => `'${value}' is geen datum.`,
  badDateFix: 'Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-12, of laat het veld leeg voor vandaag.',
  badLink: (value: string) => `'${value}' is geen webadres.`,
  badLinkFix: 'Zet elk webadres op een eigen regel en laat het beginnen met https://',
  noChange: 'Er verandert niets: er is geen notitie en geen nieuwe status.',
  noChangeFix: 'Schrijf bij "Wat is er gebeurd?" wat er is gedaan of besloten.',
  fixGeneric: 'Pas dit aan in het formulier.',
  problems: (n: number) => (n === 1 ? 'Er is 1 punt om aan te passen.' : `Er zijn ${n} punten om aan te passen.`),
  nothingWritten: 'Er is niets geschreven of vastgelegd.',

  comment: {
    problemsIntro: 'Bedankt voor je inzending. Voordat er een voorstel (pull request) van kan worden gemaakt, moet er nog iets worden aangepast:',
    field: 'Veld',
    problem: 'Wat is er mis',
    fix: 'Hoe los je het op',
    problemsOutro:
      'Pas je melding aan: kies bovenaan bij je bericht de drie puntjes (···) en dan "Bewerken", verbeter de velden en sla op. De controle loopt daarna vanzelf opnieuw.',
    successIntro: (title: string) => `Bedankt voor je inzending "${title}". Alles is gecontroleerd en in orde.`,
    successFile: (file: string, branch: string) => `Het bestand \`${file}\` staat klaar op de tak \`${branch}\`. Een beheerder bekijkt het voorstel en neemt het op in de agenda.`,
    successWarnings: 'Let op deze punten (ze houden de inzending niet tegen):',
    successEdit: 'Wil je nog iets veranderen? Pas dan je melding aan; het voorstel wordt dan bijgewerkt.',
  },

  commitSuffix: (issue: number) => ` (#${issue})`,
} as const;

/** `k80 validate FILE…` and the forge formats of `k80 validate` (markdown table, GitLab Code Quality). */
export const forge = {
  argFiles: 'alleen deze bestanden (met verwijzingen naar de rest van de agenda); zonder bestanden: alles',
  fileOutside: (file: string) => `${file} is geen bestand van de agenda (de map agenda/).`,
  fileOutsideHint: 'Geef een pad binnen agenda/, bijvoorbeeld agenda/practices/dorpsplan.md.',
  fileMissing: (file: string) => `${file} bestaat niet.`,
  fileMissingHint: 'Controleer het pad; zonder bestanden controleert k80 validate de hele agenda.',
  markdownTitle: 'Controle van de agenda',
  markdownFile: 'Bestand',
  markdownLine: 'Regel',
  markdownSeverity: 'Soort',
  markdownMessage: 'Melding',
  markdownFix: 'Oplossing',
} as const;
