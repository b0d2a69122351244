/** Dutch texts of the report's documents (ODT, DOCX, PDF) and of writing them; part of `m.report`. */
export const documents = {
  /** The documents' language (ODT, DOCX metadata and text language), as language-COUNTRY. */
  languageTag: 'nl-NL',
  /**
   * Display names of our own paragraph and text styles in the ODT and DOCX (the secretary restyles by these).
   * The standard styles (Heading 1 …, Text body, Footer, Internet link) keep their standard names, which the
   * office suite shows in its own language.
   */
  styleNames: {
    standard: 'Standaard',
    heading: 'Kop',
    title: 'Terugkoppeling Titel',
    kicker: 'Terugkoppeling Netwerk',
    intro: 'Terugkoppeling Inleiding',
    listItem: 'Lijst Alinea',
    tableCaption: 'Bijschrift Tabel',
    tableCell: 'Tabel Inhoud',
    tableHead: 'Tabel Kop',
    tableRowHead: 'Tabel Rijkop',
    tableNumber: 'Tabel Getal',
    keyFigure: 'Kerncijfer',
    figure: 'Figuur',
    figureCaption: 'Bijschrift Figuur',
    code: 'Code Blok',
    quote: 'Citaat',
    rule: 'Scheidingslijn',
    footer: 'Terugkoppeling Voetregel',
    strong: 'Sterk',
    emphasis: 'Nadruk',
    inlineCode: 'Code in tekst',
    deleted: 'Doorgehaald',
    bullets: 'Opsomming',
    numbers: 'Nummering',
  },
  /** The page footer: "Pagina 3 van 12". */
  page: 'Pagina',
  pageOf: 'van',
  /** Alt text of a chart picture: its title and its figures. */
  figureAlt: (title: string, description: string) => `${title}. ${description}`,
  // writing a document
  binaryNeedsOut: (format: string) => `Een ${format.toUpperCase()}-bestand kan niet op het scherm worden getoond.`,
  binaryNeedsOutHint: (format: string) =>
    `Geef met --out een bestandsnaam, bijvoorbeeld --out terugkoppeling.${format}. Voor tekst op het scherm: --format md.`,
  formatConflict: (format: string, extension: string) =>
    `--format ${format} past niet bij de bestandsnaam van --out (${extension}).`,
  formatConflictHint: (format: string, extension: string) =>
    `Laat --format weg (de extensie ${extension} kiest het formaat), of geef --out een naam die eindigt op .${format}.`,
  // the PDF
  noBrowser: 'Voor een PDF is een webbrowser nodig (Microsoft Edge, Google Chrome of Chromium), maar die is niet gevonden.',
  noBrowserHint: (extra: string) =>
    `Installeer Google Chrome of Chromium (Linux: sudo apt-get install chromium), of wijs met K80_BROWSER naar het programma van je browser. ${extra}`,
  printByHand: 'Je kunt ook --format html gebruiken en die pagina in je browser afdrukken als PDF (Ctrl+P, "Opslaan als PDF").',
  browserFailed: (browser: string, reason: string) => `De browser ${browser} kon de PDF niet maken: ${reason}`,
  browserFailedHint: 'Sluit andere vensters van die browser en probeer het opnieuw, of wijs met K80_BROWSER naar een andere browser.',
  browserNotFound: (path: string) => `K80_BROWSER wijst naar ${path}, maar dat bestand bestaat niet.`,
} as const;
