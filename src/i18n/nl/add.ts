/** Dutch messages of `k80 add` and of the write-and-commit steps shared with update and score (`git`). */
import { common } from './common.js';
import { glossary } from './glossary.js';

type Kind = 'practice' | 'action' | 'topic';

/** `planned (gepland), active (lopend), … of dropped (vervallen)`: the values to type, with their Dutch names. */
export function valuesWithNames(labels: Readonly<Record<string, string>>): string {
  const parts = Object.entries(labels).map(([value, name]) => (value === name.toLowerCase() ? value : `${value} (${name.toLowerCase()})`));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} of ${parts.at(-1)}` : (parts[0] ?? '');
}

/** "Het bestand x.md (--body-file)" or "De standaardinvoer (--body-file)" at the start of a sentence. */
function subject(name: string, flag: string): string {
  return name === 'de standaardinvoer' ? `De standaardinvoer (${flag})` : `Het bestand ${name} (${flag})`;
}

/** The kinds in Dutch, as a noun (shared with update). */
export const kindName: Record<Kind, string> = { practice: 'goed voorbeeld', action: 'actie', topic: glossary.topic.term };

export const add = {
  description: 'voeg een goed voorbeeld, een actie of een actueel onderwerp toe (vraagt door in een terminal)',
  practiceDescription: 'voeg een goed voorbeeld van een gemeente toe',
  actionDescription: 'voeg een actie ("Wat gaan we doen?") toe aan een thema',
  topicDescription: 'voeg een actueel onderwerp toe om te wegen met het afwegingskader',

  opt: {
    title: 'titel (hooguit 200 tekens); de bestandsnaam wordt ervan afgeleid',
    municipalityPractice: 'de gemeente waar het voorbeeld vandaan komt',
    municipalityAction: 'gemeente van de trekker van de actie',
    municipalityTopic: 'de gemeente die het onderwerp inbrengt',
    roleAction: 'rol van de trekker, bijvoorbeeld "beleidsadviseur wonen"',
    nameAction: 'naam van de trekker (alleen met instemming: de repository is openbaar)',
    roleTopic: 'rol van wie het onderwerp inbrengt, bijvoorbeeld "wethouder"',
    nameTopic: 'naam van wie het onderwerp inbrengt (alleen met instemming: de repository is openbaar)',
    themes: "id van een thema; herhaal voor meer thema's (zie k80 list themes)",
    theme: 'id van het thema van de actie (zie k80 list themes)',
    type: `soort actie: ${valuesWithNames(common.labels.type)}`,
    statusAction: `status: ${valuesWithNames(common.labels.status)}; standaard: planned`,
    statusTopic: `status: ${valuesWithNames(common.labels.topicStatus)}; standaard: open`,
    summary: 'één zin: wat is het en wat levert het op (hooguit 280 tekens)',
    tag: 'trefwoord; herhaal voor meer trefwoorden',
    link: 'webadres (http of https) met meer informatie; herhaal voor meer links',
    contactRole: 'rol van het contact, bijvoorbeeld "beleidsadviseur wonen"',
    contactMunicipality: 'gemeente van het contact, als die anders is',
    contactName: 'naam van het contact (alleen met instemming: de repository is openbaar)',
    contactEmail: 'functionele mailbox van het contact, geen persoonlijk adres',
    datePractice: 'datum van het voorbeeld (standaard: vandaag)',
    dateTopic: 'datum waarop het onderwerp is ingebracht (standaard: vandaag)',
    body: 'de tekst zelf, in Markdown (zonder deze optie: bij een goed voorbeeld een sjabloon met tussenkopjes)',
    bodyFile: 'lees de tekst uit dit bestand (- leest van de standaardinvoer)',
    edit: 'open de tekst in je editor ($VISUAL of $EDITOR); alleen in een terminal',
    yes: 'niet om bevestiging vragen; in een terminal alleen de verplichte vragen stellen',
    yesUpdate: 'niet om bevestiging vragen',
    noCommit: 'alleen het bestand schrijven, niet vastleggen in git',
    branch: 'zet de wijziging op een nieuwe tak (branch) voor een pull request (standaard: <soort>/<id>)',
  },

  added: {
    practice: (title: string) => `Goed voorbeeld toegevoegd: ${title}`,
    action: (title: string) => `Actie toegevoegd: ${title}`,
    topic: (title: string) => `Actueel onderwerp toegevoegd: ${title}`,
  } satisfies Record<Kind, (title: string) => string>,

  argKind: 'practice (goed voorbeeld), action (actie) of topic (actueel onderwerp)',
  kindMissing: (cmd: 'add' | 'update') =>
    cmd === 'add' ? 'Zeg wat je wilt toevoegen: practice, action of topic.' : 'Zeg wat je wilt bijwerken: action, practice of topic.',
  kindUnknown: (kind: string) => `Onbekende soort '${kind}'. Kies practice, action of topic.`,
  kindHint: (cmd: 'add' | 'update') =>
    cmd === 'add' ? 'Bijvoorbeeld: k80 add practice. Zie k80 add --help.' : 'Bijvoorbeeld: k80 update action <id> --status active. Zie k80 update --help.',
  missing: (flags: readonly string[]) =>
    flags.length === 1 ? `De verplichte optie ${flags[0]} ontbreekt.` : `De verplichte opties ${flags.join(', ')} ontbreken.`,
  missingHint: (kind: Kind) =>
    `Geef ze mee op de opdrachtregel, of start k80 add ${kind} in een terminal: dan worden de vragen gesteld. Zie k80 add ${kind} --help.`,
  oneTheme: 'Een actie hoort bij precies één thema, maar --theme is vaker opgegeven.',
  oneThemeHint: 'Geef --theme één keer op.',
  bodyTwice: 'Gebruik --body of --body-file, niet allebei.',
  bodyTwiceHint: 'Kies één van de twee.',
  /** Why a file cannot be read, by Node's error code; other codes show Node's own text. */
  readReason: { ENOENT: 'het bestaat niet', EISDIR: 'dat is een map', EACCES: 'je hebt geen leesrechten', EPERM: 'je hebt geen leesrechten', ELOOP: 'de symlinks in het pad verwijzen in een kring naar elkaar', ENAMETOOLONG: 'de naam is te lang', ENOTDIR: 'een deel van het pad is geen map' } as Record<string, string>,
  readReasonOther: 'het besturingssysteem weigerde het te lezen',
  input: {
    stdin: 'de standaardinvoer',
    unreadable: (name: string, flag: string, reason: string) => `${subject(name, flag)} kan niet worden gelezen: ${reason}.`,
    tooLarge: (name: string, flag: string, limit: number) =>
      `${subject(name, flag)} is groter dan ${Math.round(limit / 1024)} KiB; meer past niet in één bestand van de agenda. Er is niets geschreven.`,
    tooLargeHint: 'Maak de tekst korter, of zet lange bijlagen op een website en neem een link op.',
    binary: (name: string, flag: string) => `${subject(name, flag)} is geen tekst: er staan NUL-tekens in (een document, afbeelding of programma?). Er is niets geschreven.`,
    binaryHint: 'Geef een tekstbestand (.md of .txt) op. Een Word-document of pdf moet je eerst opslaan als platte tekst.',
    notUtf8: (name: string, flag: string) => `${subject(name, flag)} is geen UTF-8-tekst. Er is niets geschreven.`,
    notUtf8Hint: 'Sla het bestand op als UTF-8 (in Kladblok: Opslaan als… en dan Codering: UTF-8) en probeer het opnieuw.',
  },
  bodyFileHint: 'Controleer het pad, of geef de tekst mee met --body.',
  editNeedsTerminal: '--edit werkt alleen in een terminal.',
  editNeedsTerminalHint: 'Geef de tekst mee met --body of --body-file.',

  commit: {
    practice: (title: string, municipality: string) => `Goed voorbeeld toegevoegd: ${title} (${municipality})`,
    action: (title: string, theme?: string) => `Actie toegevoegd: ${title}${theme ? ` (${theme})` : ''}`,
    topic: (title: string, municipality: string) => `Actueel onderwerp toegevoegd: ${title} (${municipality})`,
  },

  check: {
    invalidMany: (n: number) => `${n} ongeldige waarden:`,
    nothingWritten: 'Er is niets geschreven. Pas de waarde aan en probeer het opnieuw.',
  },

  git: {
    branchNeedsCommit: '--branch gaat niet samen met --no-commit.',
    branchNeedsCommitHint: 'Laat --no-commit weg: dan wordt het bestand op de nieuwe tak vastgelegd.',
    ignored: (file: string) => `Git negeert ${file} (.gitignore): het kan niet worden vastgelegd.`,
    ignoredHint: 'Pas .gitignore aan, of gebruik --no-commit om alleen het bestand te schrijven.',
    dirty: (file: string) => `${file} heeft wijzigingen die nog niet zijn vastgelegd.`,
    dirtyHint: 'Leg die eerst vast (git commit) of maak ze ongedaan (git restore), of gebruik --no-commit.',
    commitFailed: (file: string, reason: string) => `${file} is geschreven en bewaard, maar niet vastgelegd: ${reason}`,
    commitFailedHint: (file: string, subject: string, existing: boolean) =>
      `Los de oorzaak op en leg het bestand daarna vast met: git add -- ${file} && git commit -m "${subject.replace(/"/g, "'")}" -- ${file}` +
      (existing
        ? `. Of maak de wijziging ongedaan met: git restore -- ${file}`
        : `. Of voer dezelfde k80 add-opdracht opnieuw uit: die legt dit bestand dan vast. Wil je het niet meer, verwijder dan ${file}.`),
    commitCheckHint: 'Bekijk de commit met git show en maak hem zo nodig ongedaan met git reset --soft HEAD~1.',
    folderSymlink: (folder: string) => `${folder} is een symbolische koppeling (symlink): k80 schrijft niet via een koppeling, want die kan buiten de repository wijzen. Er is niets geschreven.`,
    folderSymlinkHint: (folder: string) => `Vervang de koppeling ${folder} door een gewone map.`,
    folderIsFile: (folder: string) => `${folder} is een bestand, maar hoort een map te zijn. Er is niets geschreven.`,
    folderIsFileHint: (folder: string) => `Hernoem of verwijder het bestand ${folder}; k80 maakt de map dan zelf aan.`,
    committed: (commit: string, subject: string) => `Vastgelegd in commit ${commit}: ${subject}`,
    notCommitted: 'Niet vastgelegd (--no-commit).',
    onBranch: (branch: string) => `Op de nieuwe tak ${branch}.`,
    pushWith: 'Zet de tak online met:',
    openPr: 'Open daarna het pull request:',
    openMr: 'Open daarna het merge request:',
    nextPush: 'Volgende stap: zet de commit online met:',
    nextPushProtected: (branch: string) =>
      `Mag je niet rechtstreeks op ${branch} zetten? Gebruik dan --branch: de wijziging komt op een eigen tak voor een pull request.`,
    nextPushBranch: 'Volgende stap: zet de tak online met:',
    forgePage: (url: string) => `De repository online: ${url}`,
  },


  template: {
    practice: [
      ['Wat is het?', 'Beschrijf in een paar zinnen wat de gemeente doet, voor wie, en sinds wanneer.'],
      ['Wat levert het op?', 'Wat merken inwoners, de gemeente en partners ervan? Noem resultaten, cijfers en lessen.'],
      ['Hoe pak je het aan?', 'Wat moet een andere gemeente regelen om dit ook te doen: besluiten, geld, mensen, partners, tijd?'],
      ['Contact', 'Bij wie kunnen collega\'s terecht? Noem een rol en een functionele mailbox, geen persoonlijk adres.'],
    ] as ReadonlyArray<readonly [string, string]>,
  },

  recovery: {
    found: (file: string) => `Je hebt nog tekst van de vorige keer, die niet is opgeslagen. Die staat in ${file}`,
    offer: 'Die tekst gebruiken?',
    use: 'Ja, die tekst gebruiken (je kunt hem straks nog aanpassen)',
    discard: 'Nee, weggooien en opnieuw beginnen',
    kept: (file: string, kind: Kind) =>
      `Je tekst uit de editor is bewaard in ${file}\nStart je opnieuw met k80 add ${kind}, dan kun je die tekst weer gebruiken.`,
    notKept: (file: string) => `Je tekst uit de editor kon niet worden bewaard in ${file}. Kopieer hem uit de editor als je hem nog hebt.`,
  },

  form: {
    intro: {
      practice: 'Een goed voorbeeld toevoegen. Ctrl+C of Esc breekt af; er wordt dan niets geschreven.',
      action: 'Een actie toevoegen. Ctrl+C of Esc breekt af; er wordt dan niets geschreven.',
      topic: 'Een actueel onderwerp toevoegen. Ctrl+C of Esc breekt af; er wordt dan niets geschreven.',
    } satisfies Record<Kind, string>,
    title: {
      practice: 'Titel van het voorbeeld',
      action: 'Titel van de actie',
      topic: 'Titel van het onderwerp',
    } satisfies Record<Kind, string>,
    municipalityPractice: 'Gemeente (typ om te zoeken)',
    raisedBy: 'Ingebracht door gemeente (typ om te zoeken)',
    lead: 'Trekker: gemeente (typ om te zoeken)',
    noLead: '(nog geen trekker)',
    leadRole: 'Rol van de trekker (mag leeg)',
    raisedByRole: 'Rol van wie het inbrengt, bijvoorbeeld wethouder (mag leeg)',
    notMemberChoice: (name: string) => `${name} (geen lid van het netwerk)`,
    confirmNotMember: (name: string, suggestion?: string) =>
      `${name} staat niet in de ledenlijst${suggestion ? ` (${suggestion})` : ''}. Toch gebruiken?`,
    typeToSearch: 'Typ een deel van de naam; kies daarna met ↑↓ en Enter.',
    confirmFutureDate: 'Deze datum toch gebruiken?',
    confirmPersonalEmail: 'Dit adres toch gebruiken?',
    themes: "Thema's (spatie kiest, enter gaat verder)",
    themesRequired: 'Kies ten minste één thema.',
    theme: 'Thema',
    type: 'Soort actie',
    status: 'Status',
    summary: 'Samenvatting in één zin',
    tags: "Trefwoorden, gescheiden door komma's (mag leeg)",
    link: 'Link met meer informatie, https://… (leeg = geen)',
    linkMore: 'Nog een link (leeg = klaar)',
    linkInvalid: 'Een link begint met https:// of http://, bijvoorbeeld https://www.gemeente.nl/pagina.',
    privacy:
      'Contact: de repository is openbaar en git vergeet niets. Noem daarom een rol en een gemeente, geen persoonsgegevens; een naam alleen met instemming, een e-mailadres alleen van een functionele mailbox.',
    contactRole: 'Contact: rol, bijvoorbeeld beleidsadviseur wonen (leeg = geen contact)',
    contactMunicipality: 'Contact: gemeente',
    contactName: 'Contact: naam (alleen met instemming; mag leeg)',
    contactEmail: 'Contact: functionele mailbox (mag leeg)',
    emailInvalid: 'Dat is geen geldig e-mailadres, bijvoorbeeld wonen@gemeente.nl.',
    date: 'Datum (JJJJ-MM-DD)',
    dateInvalid: 'Schrijf een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-15.',
    openEditor: 'De tekst nu schrijven in je editor?',
    editor: 'Tekst',
    description: {
      practice: 'Tekst',
      action: 'De actie voluit (leeg = de titel)',
      topic: 'Korte omschrijving van het onderwerp',
    } satisfies Record<Kind, string>,
    preview: (file: string) => `Dit wordt ${file}:`,
    confirmCommit: 'Opslaan en vastleggen in git?',
    confirmWrite: 'Opslaan?',
    previewQuestion: 'Wat wil je doen?',
    choiceSaveCommit: 'Opslaan (en vastleggen in git)',
    choiceSave: 'Opslaan',
    choiceChange: 'Iets aanpassen (de andere antwoorden blijven staan)',
    choiceCancel: 'Afbreken (er wordt niets geschreven)',
    pickField: 'Wat wil je aanpassen?',
    fieldNames: {
      title: 'Titel',
      municipality: 'Gemeente',
      raisedBy: 'Ingebracht door gemeente',
      themes: "Thema's",
      summary: 'Samenvatting',
      tags: 'Trefwoorden',
      links: 'Links',
      contact: 'Contact',
      date: 'Datum',
      body: 'Tekst',
      type: 'Soort actie',
      status: 'Status',
      lead: 'Trekker',
      role: 'Rol van wie het inbrengt',
    },
  },
} as const;
