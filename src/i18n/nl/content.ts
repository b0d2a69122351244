/** Dutch messages of the content loader (reading and parsing entry files). */
export const content = {
  yamlTag: (tag: string) =>
    `Het YAML-label ${tag} is niet toegestaan: k80 leest alleen gewone tekst, getallen, ja/nee-waarden en lijsten. Haal het label (het woord dat met ! begint) weg.`,
  notUtf8: 'Het bestand is geen geldige UTF-8-tekst. Sla het op als UTF-8 (in Kladblok: Opslaan als → Codering: UTF-8).',
  fileTooLarge: (max: number) =>
    `Het bestand is te groot (meer dan ${Math.round(max / 1024)} KiB). Een goed voorbeeld of actie hoort kort te zijn; zet bijlagen elders en verwijs ernaar met een link.`,
  yamlTooLarge: (max: number) => `De YAML-velden zijn te groot (meer dan ${max} tekens).`,
  yamlTooDeep: (max: number) => `De YAML-velden zijn te diep genest (meer dan ${max} niveaus).`,
  yamlSyntax: (detail: string) => `De YAML is ongeldig: ${detail}`,
  /** Dutch explanations of the YAML parser's error codes; others are shown as the parser says them. */
  yamlErrors: {
    BLOCK_AS_IMPLICIT_KEY: 'na een sleutel met een waarde op dezelfde regel kan geen tweede dubbele punt komen. Zet de waarde tussen aanhalingstekens ("…").',
    UNEXPECTED_TOKEN: 'er staat iets onverwachts na de waarde. Zet de hele waarde tussen aanhalingstekens ("…").',
    MULTIPLE_DOCS: 'een regel met --- sluit de frontmatter af; er mag er maar één zijn.',
    BAD_SCALAR_START: 'een waarde mag niet beginnen met @, ` of %. Zet de waarde tussen aanhalingstekens ("…").',
    TAB_AS_INDENT: 'inspringen moet met spaties, niet met tabs.',
    BAD_INDENT: 'de inspringing klopt niet: velden op hetzelfde niveau beginnen in dezelfde kolom, en een lijst tussen [ ] of { } moet gesloten worden.',
    MISSING_CHAR: 'er ontbreekt een teken: een afsluitend aanhalingsteken of haakje, of een dubbele punt na een sleutel.',
    MULTILINE_IMPLICIT_KEY: 'een sleutel moet op één regel staan, gevolgd door een dubbele punt.',
    BAD_DQ_ESCAPE: 'een backslash (\\) tussen dubbele aanhalingstekens moet worden verdubbeld, of gebruik enkele aanhalingstekens.',
    MULTIPLE_ANCHORS: 'een waarde heeft meer dan één &anker.',
    KEY_OVER_1024_CHARS: 'een sleutel is te lang (meer dan 1024 tekens).',
  } as Record<string, string>,
  yamlAlias: 'YAML-ankers en -verwijzingen (&naam en *naam) zijn niet toegestaan. Schrijf de waarde voluit.',
  duplicateKey: (key: string) => `Het veld '${key}' staat er twee keer. Laat er één staan.`,
  frontmatterMissing:
    'Het bestand begint niet met frontmatter. Zet op de eerste regel precies --- , daarna de velden (titel: …) en sluit af met een regel ---.',
  frontmatterLanguage: (lang: string) =>
    `Frontmatter in '${lang}' is niet toegestaan: alleen YAML. Begin het bestand met een regel met alleen ---.`,
  frontmatterUnclosed: 'De frontmatter wordt niet afgesloten. Zet na de laatste regel met velden een regel met alleen ---.',
  frontmatterEmpty: 'De frontmatter is leeg. Vul de verplichte velden in tussen de twee regels ---.',
  frontmatterNotMap: 'De frontmatter moet uit velden bestaan (sleutel: waarde), niet uit een lijst of losse tekst.',
  notMarkdown: (kindFolder: string) =>
    `Alleen .md-bestanden horen in agenda/${kindFolder}/. Hernoem het bestand naar een naam die eindigt op .md, of verplaats het.`,
  invalidId: (name: string) =>
    `De bestandsnaam '${name}' is geen geldige id: gebruik alleen kleine letters a-z, cijfers en streepjes (bijvoorbeeld dorpsplan-ameland.md), hooguit 60 tekens.`,
  invalidForewordId: (name: string) =>
    `De bestandsnaam '${name}' is geen periode: noem het voorwoord naar de periode van de terugkoppeling, bijvoorbeeld 2026-H2.md (een half jaar) of 2026-11-15.md (de laatste dag).`,
  reservedId: (name: string) => `De bestandsnaam '${name}' is in Windows gereserveerd. Kies een andere naam.`,
  symlinkOutside: 'Dit is een symbolische koppeling naar een plek buiten agenda/. Dat is niet toegestaan: zet het bestand zelf in de map.',
  symlinkRefused: 'Symbolische koppelingen worden niet gevolgd. Zet het bestand zelf in de map.',
  notAFile: (name: string) => `${name} is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat). Vervang het door een gewoon bestand of verwijder het.`,
  unreadable: (reason: string) => `Het bestand kan niet worden gelezen: ${reason}`,
  hidden: (name: string) => `${name} is een verborgen bestand of map (de naam begint met een punt) en wordt niet gelezen. Geef het een gewone naam, of verwijder het.`,
  nestedDir: (folder: string) => `De map ${folder} ligt te diep: submappen in een map van de agenda worden niet gelezen. Zet de bestanden direct in de map van hun soort.`,
  kindFolderIsFile: (name: string) => `agenda/${name} is een bestand, maar hoort een map te zijn. Hernoem of verwijder het bestand en maak een map agenda/${name}/.`,
  unexpectedDir: (name: string) =>
    `Onbekende map agenda/${name}/. De mappen zijn: themes, actions, practices, topics.`,
  unknownKey: (key: string, known: readonly string[]) =>
    `Onbekend veld '${key}'.` + (known.length > 0 ? ` Toegestaan: ${known.join(', ')}.` : ''),
  /** The frontmatter as a whole, where a message names a field. */
  wholeFrontmatter: 'de frontmatter',
  missingKey: (key: string, where: string) => `Het verplichte veld '${key}' ontbreekt in ${where}.`,
  notAllowed: (value: string, where: string, allowed: readonly string[]) =>
    `'${value}' is geen geldige waarde voor ${where}. Kies uit: ${allowed.join(', ')}.`,
  tooLong: (where: string, limit: number, actual: number) =>
    `${where} is te lang: ${actual} tekens, hooguit ${limit}. Maak de tekst korter.`,
  badFormat: (where: string, value: string, hint: string) => `${where} heeft een ongeldige waarde '${value}'. ${hint}`,
  hintDate: 'Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-15.',
  /** The schema's findings, one per keyword: the field by its Dutch title, what is wrong, the right form and the fix. */
  schema: {
    frontmatter: 'de frontmatter',
    field: (title: string, key: string) => `${title} (${key})`,
    item: (title: string, n: number) => `${title} ${n}`,
    got: {
      empty: 'niets',
      list: 'een lijst',
      fields: 'een groep velden',
      text: (v: string) => `de tekst "${v}"`,
      number: (v: string) => `het getal ${v}`,
      other: (v: string) => `de waarde ${v}`,
    },
    required: (field: string, key: string, where: string | undefined) =>
      `Het verplichte veld ${field} ontbreekt${where === undefined ? '' : ` in ${where}`}. Voeg een regel toe als ${key}: …`,
    typeArray: (field: string, example: string) =>
      `Bij ${field} hoort een lijst, ook als er maar één waarde is: elke waarde op een eigen regel met een streepje ervoor. Bijvoorbeeld:\n${example}`,
    typeObject: (field: string, got: string, example: string) =>
      `Bij ${field} horen velden op de regels eronder, twee spaties ingesprongen; er staat ${got}. Bijvoorbeeld:\n${example}`,
    typeString: (field: string, got: string, key: string) =>
      `${field} moet een tekst zijn, maar er staat ${got}. Zet de tekst achter de dubbele punt, bijvoorbeeld ${key || 'titel'}: "Dorpsplan Ameland".`,
    typeInteger: (field: string, got: string) =>
      `${field} moet een heel getal zijn, zonder aanhalingstekens, bijvoorbeeld 3. Er staat ${got}.`,
    typeNumber: (field: string, got: string) =>
      `${field} moet een getal zijn, zonder aanhalingstekens, bijvoorbeeld 1.5. Er staat ${got}.`,
    typeBoolean: (field: string, got: string) =>
      `${field} is true (ja) of false (nee), zonder aanhalingstekens. Er staat ${got}.`,
    typeOther: (field: string, got: string) => `${field} moet leeg blijven. Er staat ${got}.`,
    const: (field: string, allowed: string, got: string) => `${field} moet precies ${allowed} zijn. Er staat ${got}.`,
    empty: (field: string) => `${field} is leeg. Vul het in, of haal de regel weg als het veld niet verplicht is.`,
    tooShort: (field: string, limit: number, actual: number) =>
      `${field} is te kort: ${actual} tekens, ten minste ${limit}. Maak de tekst langer.`,
    /** The date field as `--date` names it (the schema titles it so too). */
    dateLabel: 'Datum (date)',
    date: (field: string, value: string) =>
      `${field} is geen datum: "${value}". Schrijf de datum als jaar-maand-dag tussen aanhalingstekens, bijvoorbeeld "2026-03-15".`,
    dateOrder: (field: string, value: string, guess: string) =>
      `${field} staat in de verkeerde vorm: "${value}". Schrijf jaar-maand-dag tussen aanhalingstekens: "${guess}".`,
    dateImpossible: (field: string, value: string) =>
      `${field} is een datum die niet bestaat: "${value}". Controleer de maand (01 tot en met 12) en de dag.`,
    urlSpace: (field: string, value: string) =>
      `${field} bevat een spatie: "${value}". Een link heeft geen spaties: haal de spatie weg of schrijf er %20 voor in de plaats.`,
    urlScheme: (field: string, value: string) =>
      `${field} is geen volledige link: "${value}". Een link begint met https:// (of http://), bijvoorbeeld https://www.voorbeeld.nl/pagina.`,
    url: (field: string, value: string) =>
      `${field} is geen geldige link: "${value}". Kopieer het adres uit de adresbalk van de browser, bijvoorbeeld https://www.voorbeeld.nl/pagina.`,
    email: (field: string, value: string) =>
      `${field} is geen geldig e-mailadres: "${value}". Gebruik het adres van een functionele mailbox, bijvoorbeeld info@gemeente.nl.`,
    id: (field: string, value: string) =>
      `${field} is geen geldige id: "${value}". Een id bestaat uit kleine letters a-z, cijfers en streepjes, bijvoorbeeld sociaal-domein.`,
    pattern: (field: string, value: string) =>
      `${field} heeft niet de goede vorm: "${value}". Kijk in de uitleg van het schema (map schemas/) hoe de waarde eruitziet.`,
    noItems: (field: string, example: string) => `Bij ${field} hoort ten minste één waarde. Bijvoorbeeld:\n${example}`,
    tooFewItems: (field: string, limit: number, actual: number) =>
      `Bij ${field} horen ten minste ${limit} waarden; er staan er ${actual}. Vul de lijst aan.`,
    tooManyItems: (field: string, limit: number, actual: number) =>
      `Bij ${field} horen hooguit ${limit} waarden; er staan er ${actual}. Haal er ${actual - limit} weg.`,
    duplicateItem: (field: string, value: string, second: number, first: number) =>
      `${field} noemt "${value}" twee keer (nummer ${first} en ${second}). Laat er één staan.`,
    minimum: (field: string, limit: number, value: string) => `${field} is ${value}, maar moet ten minste ${limit} zijn.`,
    maximum: (field: string, limit: number, value: string) => `${field} is ${value}, maar mag hooguit ${limit} zijn.`,
    exclusiveMinimum: (field: string, limit: number, value: string) => `${field} is ${value}, maar moet groter zijn dan ${limit}.`,
    exclusiveMaximum: (field: string, limit: number, value: string) => `${field} is ${value}, maar moet kleiner zijn dan ${limit}.`,
    multipleOf: (field: string, step: number, value: string) => `${field} is ${value}, maar moet een veelvoud van ${step} zijn.`,
    propertyName: (field: string, name: string) =>
      `In ${field} is "${name}" geen geldige naam. Kijk in de uitleg van het schema (map schemas/) welke namen hier kunnen.`,
    other: (field: string) => `${field} klopt niet met de regels voor dit bestand. Kijk in de uitleg van het schema (map schemas/) wat hier hoort.`,
    examples: {
      listFallback: ['eerste waarde', 'tweede waarde'] as readonly string[],
      /** Example lines per group of fields. */
      object: {
        contact: ['role: beleidsadviseur wonen', 'municipality: Beesel'],
        raised_by: ['municipality: Beesel', 'role: wethouder'],
        lead: ['municipality: Beesel', 'role: beleidsadviseur'],
        portfolio_holder: ['municipality: Beesel', 'role: burgemeester'],
        official_lead: ['municipality: Beesel', 'role: gemeentesecretaris'],
        agenda: ['title: Agenda K80', 'adopted: "2022-11-30"'],
        scores: ['impact: 3', 'agenda: 2'],
      } as Record<string, readonly string[]>,
    },
  },
  nested: (kindFolder: string) => `Submappen in agenda/${kindFolder}/ worden niet gelezen. Zet het bestand direct in agenda/${kindFolder}/.`,
  missingSettings: (file: string) => `Het bestand agenda/${file} ontbreekt.`,
} as const;
