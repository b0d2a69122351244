/** Dutch messages of `k80 validate`. */
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const fouten = (n: number): string => plural(n, 'fout', 'fouten');
const waarschuwingen = (n: number): string => plural(n, 'waarschuwing', 'waarschuwingen');
const bestanden = (n: number): string => plural(n, 'bestand', 'bestanden');

export const validate = {
  description: 'controleer alle bestanden in agenda/: YAML, velden, ids en verwijzingen',
  optFormat: 'uitvoer: pretty (leesbaar, standaard), json, github (annotaties in een pull request), markdown (tabel voor een samenvatting of reactie) of gitlab (Code Quality-rapport)',
  optStrict: 'behandel waarschuwingen als fouten',

  severity: { error: 'fout', warning: 'waarschuwing' },
  summaryOk: (files: number) => `✔ ${bestanden(files)} gecontroleerd, geen fouten.`,
  summaryWarnings: (warnings: number, inFiles: number, files: number) =>
    `⚠ ${waarschuwingen(warnings)} in ${bestanden(inFiles)} (${files} gecontroleerd), geen fouten.`,
  summaryErrors: (errors: number, warnings: number, inFiles: number, files: number) =>
    `✖ ${fouten(errors)}${warnings > 0 ? ` en ${waarschuwingen(warnings)}` : ''} in ${bestanden(inFiles)} (${files} gecontroleerd).`,
  strictNote: 'Met --strict tellen waarschuwingen als fouten.',

  // references
  unknownTheme: (value: string, known: readonly string[]) =>
    `Onbekend thema '${value}'. Gebruik de id van een thema (de bestandsnaam in agenda/themes/ zonder .md)` +
    (known.length > 0 ? `: ${known.join(', ')}.` : '; er zijn nog geen thema\'s.'),
  // themes and ids
  orderDuplicate: (order: number, other: string) =>
    `De volgorde ${order} is al in gebruik door ${other}. Geef elk thema een eigen plaats in de agenda.`,
  sectionOrder: (section: string, order: number, other: string, otherSection: string) =>
    `Dit thema hoort bij onderdeel ${section} maar staat met volgorde ${order} na ${other} (onderdeel ${otherSection}). Houd de onderdelen A, B en C op volgorde.`,
  idDuplicate: (id: string, other: string) =>
    `De id '${id}' bestaat al: ${other}. Op Windows en macOS is dat hetzelfde bestand (hoofdletters tellen daar niet). Geef het een andere naam.`,
  // afwegingskader
  weightNotPositive: (id: string, weight: unknown) =>
    `Het gewicht van criterium '${id}' moet groter zijn dan 0 (nu ${String(weight)}).`,
  criterionDuplicate: (id: string) => `Het criterium '${id}' staat twee keer in het afwegingskader. Elke id mag één keer voorkomen.`,
  thresholdRange: (name: string, value: unknown) =>
    `De drempel '${name}' moet tussen 0 en 100 liggen (nu ${String(value)}).`,
  thresholdOrder: (monitor: number, takeUp: number) =>
    `De drempel 'monitor' (${monitor}) mag niet hoger zijn dan 'take-up' (${takeUp}): volgen ligt onder oppakken.`,
  scaleRange: (min: number, max: number) =>
    `De schaal loopt van min ${min} tot max ${max}: min moet kleiner zijn dan max.`,
  scaleTooWide: (min: number, max: number, limit: number) =>
    `De schaal van ${min} tot en met ${max} is te groot: hooguit ${limit} stappen.`,
  scaleLabelMissing: (value: number) => `De schaal mist een omschrijving (label) voor de waarde ${value}.`,
  scaleLabelOutside: (key: string, min: number, max: number) =>
    `Het label '${key}' ligt buiten de schaal (${min} tot en met ${max}). Haal het weg of pas de schaal aan.`,
  // municipalities and personal data
  notOnMap: (name: string) =>
    `De gemeente ${name} in de ledenlijst staat niet op de kaart (de CBS-namen van 2025): op de kaart van de website ontbreekt ze. Schrijf de naam zoals het CBS of gebruik de CBS-code (GM…).`,
  notMember: (name: string) =>
    `'${name}' staat niet in de ledenlijst (agenda/k80.yaml). Controleer de schrijfwijze; is het een nieuw lid, vraag het secretariaat de lijst aan te vullen.`,
  controlCharacter: (code: string, at: number) =>
    `Hier staat een onzichtbaar stuurteken (${code}, teken ${at} van de waarde). Zo'n teken kan een terminal of browser laten verspringen, kleuren of de tekst omdraaien; haal het weg.`,
  titleInvisible: 'De titel bestaat alleen uit spaties of onzichtbare tekens. Geef een titel met letters of cijfers.',
  personalEmail: (address: string) =>
    `'${address}' lijkt een persoonlijk e-mailadres. De repository is openbaar: gebruik een functionele mailbox (bijvoorbeeld info@… of secretariaat@…).`,
  personalName:
    'Hier staat een naam van een persoon. De repository is openbaar: een rol en gemeente zijn de norm, een naam alleen met instemming van die persoon.',
  leftovers: {
    hint: 'Hier staat nog de uitleg uit het sjabloon. Vervang die door je eigen tekst, of haal de regel weg.',
    /** Hint lines CONTRIBUTING's template shows beyond the ones `k80 add` writes. */
    extraHints: ['Wat zou je de volgende keer anders doen?'] as readonly string[],
    /** The invented example of CONTRIBUTING. */
    exampleTitle: 'Dorpsbudget voor elke kern',
    example: 'Dit is het verzonnen voorbeeld uit CONTRIBUTING.md. Vervang het door je eigen voorbeeld.',
  },
  topicStatus: {
    assessedWithout:
      'De status is assessed (beoordeeld), maar er is geen weging (assessment). Weeg het onderwerp met k80 score, of zet de status terug op open.',
    declinedAgainst:
      'De status is declined (niet opgepakt), maar de weging zegt take-up (oppakken). Klopt dat? Leg het besluit van het bestuur vast in de tekst.',
    takenUpAgainst:
      'De status is taken-up (opgepakt), maar de weging zegt decline (niet oppakken). Klopt dat? Leg het besluit van het bestuur vast in de tekst.',
  },
  progressFormat: (written: string) =>
    `Deze voortgangsnotitie staat niet in de vorm '- JJJJ-MM-DD: tekst' ('${written}'), en komt dan misschien niet goed in de terugkoppeling.`,
  progressNoDate: (date: string) =>
    `De datum van deze voortgangsnotitie (${date}) bestaat niet. Schrijf de notitie als '- JJJJ-MM-DD: tekst'.`,
  progressFuture: (date: string) => `Deze voortgangsnotitie is gedateerd in de toekomst (${date}). Klopt het jaartal?`,
  dateFuture: (date: string) => `De datum ${date} ligt in de toekomst. Klopt het jaartal?`,
} as const;
