/** Dutch messages of `k80 list`. */
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const list = {
  description: "de agenda in één oogopslag: thema's, acties, goede voorbeelden of actuele onderwerpen",
  argKind: "wat je wilt zien: themes (thema's, standaard), actions (acties), practices (goede voorbeelden) of topics (actuele onderwerpen)",
  optTheme: 'alleen wat bij dit thema hoort (id, bijvoorbeeld wonen)',
  optStatus: 'alleen acties of onderwerpen met deze status (bijvoorbeeld active of open)',
  optMunicipality: 'alleen wat van deze gemeente komt (goede voorbeelden, onderwerpen, trekkers van acties)',
  optJson: 'uitvoer als JSON (voor scripts)',
  optSort: 'volgorde van de actuele onderwerpen: date (nieuwste eerst) of total (hoogste totaal eerst)',

  agendaTitle: 'Agenda',
  themesSummary: (themes: number, actions: number, practices: number) =>
    `${plural(themes, 'thema', "thema's")}, ${plural(actions, 'actie', 'acties')}, ${plural(practices, 'goed voorbeeld', 'goede voorbeelden')}`,
  themeCounts: (actions: string, practices: number) => `acties: ${actions} · goede voorbeelden: ${practices}`,
  noActions: 'geen',
  countOf: (label: string, n: number) => `${n} ${label.toLowerCase()}`,

  count: {
    themes: (n: number) => plural(n, 'thema', "thema's"),
    actions: (n: number) => plural(n, 'actie', 'acties'),
    practices: (n: number) => plural(n, 'goed voorbeeld', 'goede voorbeelden'),
    topics: (n: number) => plural(n, 'actueel onderwerp', 'actuele onderwerpen'),
  },
  countFiltered: (shown: string, total: number) => `${shown} (van ${total}).`,
  countAll: (shown: string) => `${shown}.`,
  empty: {
    themes: "Er zijn geen thema's.",
    actions: 'Er zijn geen acties.',
    practices: 'Er zijn nog geen goede voorbeelden. Voeg er een toe met: k80 add practice',
    topics: 'Er zijn nog geen actuele onderwerpen. Voeg er een toe met: k80 add topic',
  },
  noneMatch: 'Niets gevonden dat aan de filters voldoet.',
  total: (total: number) => `totaal ${total}`,

  invalidFiles: (n: number) =>
    `${n === 1 ? '1 bestand heeft' : `${n} bestanden hebben`} fouten en ${n === 1 ? 'staat' : 'staan'} niet in deze lijst. Voer k80 validate uit voor de details.`,
  unknownKind: (value: string) => `Onbekende soort '${value}'. Kies uit: themes, actions, practices, topics.`,
  unknownTheme: (value: string, known: readonly string[]) =>
    `Onbekend thema '${value}' bij --theme. Thema's: ${known.join(', ')}.`,
  unknownStatus: (value: string, allowed: readonly string[]) => `Onbekende status '${value}' bij --status. Kies uit: ${allowed.join(', ')}.`,
  unknownMunicipality: (value: string) => `Geen gemeente '${value}' gevonden bij --municipality (niet in de ledenlijst en niet in de agenda).`,
  filterNotApplicable: (flag: string, kind: string) => `De optie ${flag} werkt niet bij '${kind}'.`,
  filterHint: (kinds: string) => `Gebruik deze optie met: k80 list ${kinds}.`,
} as const;
