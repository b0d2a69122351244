/** Dutch messages of `k80 report`. */
export const report = {
  /** Texts of the rendered report (Markdown and HTML), used by `src/commands/report/render/`. */
  render: {
    title: (name: string, from: string, to: string) => `Terugkoppeling ${name}: ${from} – ${to}`,
    intro: (agendaTitle: string, from: string, to: string) =>
      `Deze terugkoppeling laat zien wat er van ${from} tot en met ${to} is gebeurd met de ${agendaTitle}: ` +
      'de voortgang van de acties per thema, nieuwe goede voorbeelden van gemeenten, de actuele onderwerpen die ' +
      'zijn gewogen en wie eraan bijdroegen.',
    footer: 'Samengesteld met k80 uit de geschiedenis van de agenda-repository',
    footerCommit: (commit: string) => `, tot en met commit ${commit}`,
    months: [
      'januari', 'februari', 'maart', 'april', 'mei', 'juni',
      'juli', 'augustus', 'september', 'oktober', 'november', 'december',
    ],
    status: { planned: 'Gepland', active: 'Lopend', done: 'Afgerond', dropped: 'Vervallen' },
    type: { 'knowledge-sharing': 'Kennisdeling', lobby: 'Lobby / belangenbehartiging' },
    verdict: { 'take-up': 'Oppakken', monitor: 'Volgen', decline: 'Niet oppakken' },
    topicStatus: { open: 'Open', assessed: 'Gewogen', 'taken-up': 'Opgepakt', declined: 'Niet opgepakt' },
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
      settings: 'Instellingen',
    },
    change: { added: 'Toegevoegd', modified: 'Gewijzigd', removed: 'Verwijderd', renamed: 'Hernoemd' },
    renamedFrom: (previousId: string) => `Hernoemd (was ${previousId})`,
    // key figures
    keyFiguresHeading: 'Kerncijfers',
    keyFiguresCaption: 'Kerncijfers van deze periode',
    keyFigureColumn: 'Onderdeel',
    countColumn: 'Aantal',
    figurePracticesAdded: 'Nieuwe goede voorbeelden',
    figureActionsStatusChanged: 'Acties met een gewijzigde status',
    figureTopicsAssessed: 'Gewogen actuele onderwerpen',
    figureContributors: 'Bijdragers',
    figureCommits: 'Wijzigingen (commits)',
    // the themes in figures (overview table, and the charts in HTML)
    overviewHeading: "De thema's in cijfers",
    overviewIntro: 'Per thema het aantal acties naar hun status aan het eind van de periode, en het aantal nieuwe goede voorbeelden.',
    overviewCaption: 'Acties naar status en nieuwe goede voorbeelden per thema',
    themeColumn: 'Thema',
    actionsTotalColumn: 'Acties',
    practicesColumn: 'Nieuwe goede voorbeelden',
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
    contributorsIntro: 'Aan de agenda werkten in deze periode mee:',
    contributorCommits: (n: number) => (n === 1 ? ' — 1 wijziging' : ` — ${n} wijzigingen`),
    noContributors: 'Geen bijdragen in deze periode.',
    // appendix
    changesHeading: 'Bijlage: Overzicht van wijzigingen',
    changesIntro: 'Alle bestanden van de agenda die in deze periode zijn toegevoegd, gewijzigd, hernoemd of verwijderd.',
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
} as const;
