/** Dutch messages of `k80 report`. */
import { documents } from './report-documents.js';

export const report = {
  /** The documents (ODT, DOCX, PDF): see report-documents.ts. */
  documents,
  /**
   * Texts of the rendered report (Markdown and HTML), used by `src/commands/report/render/`. The names of
   * statuses, types and verdicts are shared with list and score: `m.common.labels`.
   */
  render: {
    /** `from` and `to` are formatted dates; when they are the same day, the title names that one day. */
    title: (name: string, from: string, to: string) =>
      from === to ? `Terugkoppeling ${name}: ${from}` : `Terugkoppeling ${name}: ${from} – ${to}`,
    intro: (agendaTitle: string, from: string, to: string) =>
      `Deze terugkoppeling laat zien wat er ${from === to ? `op ${from}` : `van ${from} tot en met ${to}`} is gebeurd met de ${agendaTitle}: ` +
      'de voortgang van de acties per thema, nieuwe goede voorbeelden van gemeenten, de actuele onderwerpen die ' +
      'zijn gewogen en wie eraan bijdroegen.',
    footer: 'Samengesteld met k80 uit de geschiedenis van de agenda-repository',

    months: [
      'januari', 'februari', 'maart', 'april', 'mei', 'juni',
      'juli', 'augustus', 'september', 'oktober', 'november', 'december',
    ],
    section: {
      A: 'Wie zijn we en wat maakt ons sterk?',
      B: "De inhoudelijke thema's",
      C: 'Randvoorwaarden',
    },
    sectionHeading: (letter: string, name: string) => `${letter}. ${name}`,
    kind: {
      theme: 'Thema',
      action: 'Actie',
      practice: 'Goed voorbeeld',
      topic: 'Actueel onderwerp',
      foreword: 'Voorwoord',
      settings: 'Instellingen',
    },
    change: { added: 'Toegevoegd', modified: 'Gewijzigd', removed: 'Verwijderd', renamed: 'Hernoemd' },
    renamedFrom: (previousId: string) => `Hernoemd (was ${previousId})`,
    // the secretary's own words
    forewordHeading: 'Voorwoord',
    highlightsHeading: 'Hoogtepunten',
    // key figures
    keyFiguresHeading: 'Kerncijfers',
    keyFiguresCaption: 'Kerncijfers van deze periode',
    keyFigureColumn: 'Onderdeel',
    countColumn: 'Aantal',
    figurePracticesAdded: 'Nieuwe goede voorbeelden',
    figureActionsAdded: 'Nieuwe acties',
    figureActionsStatusChanged: 'Acties met een gewijzigde status',
    figureTopicsAssessed: 'Gewogen actuele onderwerpen',
    figureContributors: 'Bijdragende gemeenten',
    figureCommits: 'Wijzigingen (commits)',
    // the themes in figures (overview table, and the charts in HTML)
    overviewHeading: "De thema's in cijfers",
    overviewIntro: 'Per thema het aantal acties naar hun status aan het eind van de periode, en het aantal nieuwe goede voorbeelden.',
    overviewCaption: 'Acties naar status en nieuwe goede voorbeelden per thema',
    themeColumn: 'Thema',
    actionsTotalColumn: 'Acties',
    practicesColumn: 'Nieuwe goede voorbeelden',
    overviewPracticesNote: (added: number) =>
      `Een goed voorbeeld kan bij meer dan één thema horen en telt dan bij elk thema mee; in totaal ${added === 1 ? 'is er 1 nieuw goed voorbeeld' : `zijn er ${added} nieuwe goede voorbeelden`}.`,
    total: 'Totaal',
    chartStatusTitle: 'Acties naar status per thema',
    chartStatusDesc: (rows: string) =>
      `Liggende gestapelde staven, één per thema, met het aantal acties per status. ${rows} ` +
      "Dezelfde cijfers staan in de tabel onder de grafieken.",
    chartStatusRow: (theme: string, parts: string) => `${theme}: ${parts}.`,
    chartPracticesTitle: 'Nieuwe goede voorbeelden per thema',
    chartPracticesDesc: (rows: string) =>
      `Liggende staven, één per thema, met het aantal nieuwe goede voorbeelden in deze periode. ${rows} ` +
      'Een voorbeeld kan bij meer dan één thema horen. Dezelfde cijfers staan in de tabel onder de grafieken.',
    chartPracticesRow: (theme: string, count: number) => `${theme}: ${count}.`,
    figureLabel: (n: number) => `Figuur ${n}.`,
    // per theme
    actionsCaption: (theme: string) => `Acties bij het thema ${theme}`,
    actionColumn: 'Actie',
    typeColumn: 'Soort',
    leadColumn: 'Trekker',
    leadRole: (role: string, municipality: string) => `${role}, ${municipality}`,
    noLead: 'nog niet bekend',
    newActionsHeading: 'Nieuwe acties',
    newActionMeta: (type: string, status: string) => ` — ${type}, ${status}`,
    contactLabel: 'Contact: ',
    linksLabel: 'Meer weten: ',
    statusColumn: 'Status',
    changeColumn: 'In deze periode',
    statusChanged: (from: string, to: string) => `${from} → ${to}`,
    actionNew: (status: string) => `Nieuw (${status})`,
    unchanged: 'Ongewijzigd',
    noActions: 'Bij dit thema staan geen acties.',
    progressHeading: 'Voortgang',
    noProgress: 'Geen voortgang gemeld in deze periode.',
    practicesHeading: 'Nieuwe goede voorbeelden',
    practiceMeta: (municipality: string, date: string) => ` (${municipality}, ${date})`,
    noPractices: 'Geen nieuwe goede voorbeelden in deze periode.',
    // topics
    topicsHeading: 'Actuele onderwerpen',
    topicsAssessedHeading: 'Gewogen onderwerpen',
    topicsCaption: 'Gewogen actuele onderwerpen met score en oordeel',
    topicColumn: 'Onderwerp',
    raisedByColumn: 'Ingebracht door',
    assessmentNotesIntro: 'Toelichting van het bestuur bij de weging:',
    assessedOnColumn: 'Gewogen op',
    scoreColumn: 'Score (0–100)',
    verdictColumn: 'Oordeel',
    noTopicsAssessed: 'Geen actuele onderwerpen gewogen in deze periode.',
    topicsRaisedHeading: 'Nieuw ingebrachte onderwerpen',
    topicRaised: (municipality: string, date: string, status: string) =>
      ` — ingebracht door ${municipality} op ${date} (${status})`,
    noTopicsRaised: 'Geen nieuwe actuele onderwerpen ingebracht in deze periode.',
    // contributors
    contributorsHeading: 'Bijdragers',
    contributorsIntro: 'In deze periode kwamen er bijdragen van deze gemeenten (goede voorbeelden, ingebrachte onderwerpen en acties die ze trekken):',
    contributorContributions: (n: number) => (n === 1 ? ' — 1 bijdrage' : ` — ${n} bijdragen`),
    authorsHeading: 'Auteurs',
    authorsIntro: 'De mensen die de wijzigingen in de repository schreven (gevraagd met --authors):',
    noAuthors: 'Geen wijzigingen in deze periode.',
    contributorCommits: (n: number) => (n === 1 ? ' — 1 wijziging' : ` — ${n} wijzigingen`),
    noContributors: 'Geen bijdragen in deze periode.',
    // appendix
    changesHeading: 'Bijlage: Overzicht van wijzigingen',
    changesIntro: 'Alle bestanden van de agenda die in deze periode zijn toegevoegd, gewijzigd, hernoemd of verwijderd.',
    changesUpTo: (commit: string) => `De stand is die van commit ${commit}.`,
    changesCaption: 'Gewijzigde bestanden van de agenda in deze periode',
    kindColumn: 'Soort',
    idColumn: 'Id',
    titleColumn: 'Titel',
    whatColumn: 'Wijziging',
    noChanges: 'Geen wijzigingen in deze periode.',
    // warnings
    warningsHeading: 'Waarschuwingen',
    warningsIntro: 'Bij het samenstellen van deze terugkoppeling vielen deze punten op:',
    // html page
    navLabel: 'Inhoud',
    skipLink: 'Naar de inhoud',
  },
  // the command (period, history, output); the texts of the report itself are under `render`
  description: 'Maak de terugkoppeling aan de leden: wat er in een periode met de agenda gebeurde, uit de git-geschiedenis',
  optFrom: 'begin van de periode: een datum (JJJJ-MM-DD) of een git-revisie (de periode begint na die commit)',
  optTo: 'eind van de periode: een datum (JJJJ-MM-DD, tot en met die dag) of een git-revisie',
  optPeriod: 'een half jaar: JJJJ-H1 (januari–juni) of JJJJ-H2 (juli–december); niet samen met --from of --to',
  optFormat:
    'soort uitvoer: md (Markdown, standaard), html (webpagina), json (gegevens), odt (OpenDocument-tekst, te bewerken in LibreOffice en Word), docx (Word) of pdf (vast document, gemaakt met Edge, Chrome of Chromium). Zonder --format kiest de extensie van --out (.odt, .docx, .pdf, .html …) het formaat',
  optOut: 'schrijf de terugkoppeling naar dit bestand in plaats van naar het scherm (nodig voor odt, docx en pdf), bijvoorbeeld --out terugkoppeling-2026-H2.odt; een bestaand gewoon bestand wordt vervangen, nooit in agenda/ of .git/',
  optAuthors: 'noem ook de namen van de mensen die de wijzigingen schreven (git-auteurs); standaard noemt de terugkoppeling alleen gemeenten',
  optTag: 'zet daarna de tag terugkoppeling-… bij de laatste commit van de periode (begin van de volgende)',
  periodConflict: '--period gaat niet samen met --from of --to.',
  periodConflictHint: 'Gebruik óf --period (bijvoorbeeld --period 2026-H1), óf --from en --to.',
  badPeriod: (value: string) => `'${value}' is geen geldige periode.`,
  badPeriodHint: 'Schrijf een half jaar als JJJJ-H1 (januari–juni) of JJJJ-H2 (juli–december), bijvoorbeeld 2026-H1.',
  badDate: (flag: string, value: string) => `${flag} '${value}' is geen bestaande datum.`,
  badDateHint: 'Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-07-01.',
  badRevision: (flag: string, value: string) => `${flag} '${value}' is geen datum en geen bestaande git-revisie.`,
  badRevisionHint: 'Geef een datum (JJJJ-MM-DD) of een bestaande tag, tak of commit (zie git tag en git log).',
  fromAfterTo: (from: string, to: string) => `Het begin van de periode (${from}) ligt na het eind (${to}).`,
  fromAfterToHint: 'Kies een begin dat vóór het eind ligt.',
  fromNotAncestor: (value: string) => `'${value}' hoort niet bij de geschiedenis van de huidige tak.`,
  fromNotAncestorHint: 'Kies een commit of tag uit de geschiedenis van deze tak (zie git log --first-parent).',
  gitMissingHint: 'Installeer Git (https://git-scm.com) en open daarna een nieuw terminalvenster: de terugkoppeling komt uit de git-geschiedenis.',
  notARepoHint: 'De terugkoppeling komt uit de git-geschiedenis: werk in een kloon van de repository (git clone …), niet in een losse kopie van de map agenda/.',
  noHistory: 'Deze repository heeft nog geen commits.',
  noHistoryHint: 'Commit eerst de agenda: git add agenda en daarna git commit.',
  shallowReach: (from: string) => `De geschiedenis in deze kloon gaat niet terug tot het begin van de periode (${from}).`,
  shallowFirst: 'De geschiedenis in deze kloon gaat niet terug tot de eerste commit.',
  tagExists: (name: string) => `De tag ${name} bestaat al.`,
  tagExistsHint: 'Is de terugkoppeling over deze periode al gemaakt? Verwijder de tag anders eerst met git tag -d.',
  tagNoCommit: 'Er is geen commit om de tag bij te zetten.',
  tagNoCommitHint: 'Commit eerst de agenda, of maak de terugkoppeling zonder --tag.',
  tagged: (name: string, commit: string) => `Tag ${name} gezet bij commit ${commit}. Deel hem met: git push origin ${name}`,
  forewordMissing: (file: string) =>
    `Tip: deze terugkoppeling heeft geen voorwoord. Schrijf je eigen woorden en hoogtepunten in ${file} ` +
    '(frontmatter: title en highlights, een lijst korte zinnen; daaronder het voorwoord), commit het bestand en maak de terugkoppeling opnieuw.',
  written: (path: string) => `Terugkoppeling geschreven naar ${path}`,
  // warnings in the context (shown in the report)
  skewedCommit: (commit: string, day: string, parentDay: string) =>
    `Commit ${commit} heeft als datum ${day}, eerder dan de commit ervoor (${parentDay}): de klok stond waarschijnlijk verkeerd. ` +
    'Hij is meegeteld op zijn plaats in de geschiedenis.',
  gap: (tag: string, tagDay: string, from: string, changes: number) =>
    `Tussen de vorige terugkoppeling (tag ${tag}, ${tagDay}) en het begin van deze periode (${from}) ` +
    `${changes === 1 ? 'is 1 wijziging' : `zijn ${changes} wijzigingen`} aan de agenda die in geen terugkoppeling ` +
    `${changes === 1 ? 'staat' : 'staan'}. Neem ze mee met: k80 report --from ${tag}`,
  unfinished: (asked: string, day: string) =>
    `De periode loopt nog tot ${asked}. De terugkoppeling gaat tot en met vandaag: de laatste wijziging is van ${day}. ` +
    'Wat hierna nog verandert, komt in de volgende terugkoppeling (k80 report zonder opties begint bij deze tag).',
  noCommits: 'In deze periode is de agenda niet gewijzigd: de stand aan het eind is gelijk aan die aan het begin.',
  symlink: (file: string) => `${file} is een symbolische koppeling en is overgeslagen.`,
  invalidAtEnd: (file: string, problem: string, line: number, column: number, more: number) =>
    `${file} is aan het eind van de periode ongeldig en is weggelaten: ${problem} (regel ${line}, kolom ${column})${moreErrors(more)}.`,
  invalidBoth: (file: string, problem: string, line: number, column: number, more: number) =>
    `${file} is aan het begin en aan het eind van de periode ongeldig en is weggelaten: ${problem} (regel ${line}, kolom ${column})${moreErrors(more)}.`,
  invalidAtStart: (file: string, problem: string, line: number, column: number, more: number) =>
    `${file} was aan het begin van de periode ongeldig; wat er sindsdien in veranderde, is onvolledig: ${problem} (regel ${line}, kolom ${column})${moreErrors(more)}.`,
  unknownTheme: (file: string, theme: string) =>
    `${file} verwijst naar het onbekende thema '${theme}'; de actie staat daarom bij geen enkel thema.`,
  settingsTitle: 'Instellingen van het netwerk',
  frameworkTitle: 'Afwegingskader',
  defaultNetworkName: 'K80',
  defaultAgendaTitle: 'agenda',
} as const;

function moreErrors(n: number): string {
  return n === 0 ? '' : n === 1 ? ' en nog 1 fout' : ` en nog ${n} fouten`;
}
