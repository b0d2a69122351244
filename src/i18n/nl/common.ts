/** Dutch messages shared by every command and the CLI edge. */
export const common = {
  programDescription:
    'k80 — het hulpmiddel van de K80: de Agenda K80, goede voorbeelden, het afwegingskader en de terugkoppeling aan de leden.',
  optRoot: 'map van de repository (standaard: de dichtstbijzijnde map met agenda/ erin)',
  optNoColor: 'geen kleuren in de uitvoer (ook met de omgevingsvariabele NO_COLOR)',
  optDebug: 'toon technische details (stack traces) bij een fout',
  optVersion: 'toon het versienummer',
  optHelp: 'toon deze hulp',
  helpCommand: 'toon de hulp bij een opdracht',
  usageLabel: 'Gebruik:',
  errorPrefix: 'Fout:',
  warningPrefix: 'Waarschuwing:',
  hintPrefix: 'Oplossing:',
  bug: (msg: string) => `Er ging onverwacht iets mis: ${msg}`,
  bugHint: 'Voer de opdracht opnieuw uit met --debug voor de technische details en meld het probleem.',
  rootNotFound: (cwd: string) => `Geen K80-repository gevonden: er is geen map agenda/ in ${cwd} of een map erboven.`,
  rootNotFoundHint: 'Ga naar de map van de repository (cd …) of geef de map op met --root MAP.',
  rootNoAgenda: (dir: string) => `De map ${dir} bevat geen map agenda/.`,
  rootNoAgendaHint: 'Geef met --root de map van de repository op, de map waarin agenda/ staat.',
  cancelled: 'Afgebroken. Er is niets geschreven.',
  // commander's own texts, in Dutch
  unknownOption: (flag: string) => `Onbekende optie: ${flag}.`,
  unknownCommand: (cmd: string) => `Onbekende opdracht: ${cmd}.`,
  missingArgument: (name: string) => `Het argument ${name} ontbreekt.`,
  missingOptionValue: (flag: string) => `De optie ${flag} heeft een waarde nodig.`,
  invalidChoice: (flag: string, value: string, choices: string) =>
    `Ongeldige waarde '${value}' voor ${flag}. Kies uit: ${choices}.`,
  tooManyArguments: 'Te veel argumenten.',
  seeHelp: (cmd: string) => `Zie: ${cmd} --help`,
  helpChoices: (list: string) => `keuze: ${list}`,
  helpDefault: (value: string) => `standaard: ${value}`,
  didYouMean: (s: string) => `bedoelde je ${s}?`,
  /** Dutch names of the enum values in the content, shared by list, report and score. Keys in schema order. */
  labels: {
    status: { planned: 'Gepland', active: 'Lopend', done: 'Afgerond', dropped: 'Vervallen' },
    type: { 'knowledge-sharing': 'Kennisdeling', lobby: 'Lobby / belangenbehartiging' },
    topicStatus: { open: 'Open', assessed: 'Beoordeeld', 'taken-up': 'Opgepakt', declined: 'Niet opgepakt' },
    verdict: { 'take-up': 'Oppakken', monitor: 'Volgen', decline: 'Niet oppakken' },
  },
} as const;
