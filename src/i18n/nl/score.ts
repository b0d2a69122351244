/** Dutch messages of `k80 score`. */
export const score = {
  description: 'weeg een actueel onderwerp met het afwegingskader en leg de uitkomst vast',
  argTopic: 'id van het actuele onderwerp (bestandsnaam zonder .md); in een terminal mag je het weglaten en kiezen',
  optSet: 'score voor één criterium, bijvoorbeeld --set impact=3; herhaal voor elk criterium (zonder terminal verplicht). De criteria en de schaal staan in agenda/afwegingskader.yaml',
  optBy: 'wie heeft gewogen, een orgaan of rol (standaard: Dagelijks bestuur)',
  optNote: 'korte toelichting bij de weging',
  optDate: 'datum van de weging: de vergadering van het Dagelijks bestuur, als JJJJ-MM-DD (standaard: vandaag)',
  optDryRun: 'alleen berekenen en tonen, niets schrijven',
  optNoCommit: 'alleen het bestand bijwerken, niet vastleggen in git',
  optJson: 'uitvoer als JSON, voor andere programma\'s',

  /** Short Dutch names of the shipped criteria; other criteria are shown by their id. */
  criterion: {
    impact: 'impact',
    agenda: 'past bij agenda',
    'added-value': 'eigen perspectief',
    influence: 'invloed',
    support: 'draagvlak',
    capacity: 'capaciteit',
  } as Record<string, string>,
  defaultBy: 'Dagelijks bestuur',

  // the result
  heading: (title: string, id: string) => `Weging van het actuele onderwerp: ${title} (${id})`,
  col: { criterion: 'Criterium', weight: 'Gewicht', score: 'Score', points: 'Punten' },
  sumRow: 'Samen',
  pointsOf: (got: string, most: string) => `${got} van ${most}`,
  total: (total: number) => `Totaal: ${total} van 100`,
  verdictLine: (verdict: string) => `Oordeel: ${verdict}`,
  thresholdsLine: (takeUp: number, monitor: number) => `(oppakken vanaf ${takeUp}, volgen vanaf ${monitor})`,
  knockoutLine: (criterion: string, label: string) =>
    `Knock-out: ${criterion} scoort ${label}. Daarom niet oppakken, wat het totaal ook is.`,
  robust: 'De uitkomst is robuust: geen enkele score van één punt hoger of lager verandert het oordeel.',
  sensitive: (list: string) => `De uitkomst is gevoelig voor: ${list}`,
  flip: (criterion: string, step: string, verdict: string) => `${criterion} (${step} → ${verdict})`,
  dryRun: 'Proefrun (--dry-run): er is niets geschreven.',
  written: (file: string) => `Bijgewerkt: ${file}`,
  committed: (commit: string) => `Vastgelegd in commit ${commit}.`,
  notCommitted: 'Geen commit gemaakt (--no-commit). Leg de wijziging zelf vast met git.',
  commitMessage: (title: string, verdict: string, total: number) => `Actueel onderwerp beoordeeld: ${title} (${verdict}, ${total})`,

  // prompts
  prompt: {
    pickTopic: 'Welk actueel onderwerp weeg je?',
    criterionHeading: (n: number, count: number, name: string, weight: string, knockout: boolean) =>
      `Criterium ${n} van ${count}: ${name} (gewicht ${weight}${knockout ? ', knock-out' : ''})`,
    choice: (value: number, label: string, meaning?: string) => `${value} — ${label}${meaning ? `: ${meaning}` : ''}`,
    previousChoice: (choice: string) => `${choice} (vorige weging)`,
    previous: (date: string, verdict: string, total: number) =>
      `Dit actuele onderwerp is al gewogen op ${date} (${verdict}, ${total}). De scores van toen staan klaar: Enter houdt een score, ↑↓ kiest een andere.`,
    confirmReplace: (date: string) => `De weging van ${date} vervangen door deze? Opslaan en vastleggen in git`,
    confirmReplaceNoCommit: (date: string) => `De weging van ${date} vervangen door deze? Opslaan`,
    by: 'Wie heeft gewogen?',
    note: 'Toelichting (optioneel, Enter om over te slaan):',
  },

  // errors
  noTopic: 'Geef het actuele onderwerp op dat je weegt, bijvoorbeeld: k80 score mijn-thema --set impact=3 …',
  noTopicHint: 'Zie de actuele onderwerpen met: k80 list topics',
  noOpenTopics: 'Er zijn geen open actuele onderwerpen om te wegen.',
  noOpenTopicsHint: 'Voeg er een toe met k80 add topic, of weeg een thema opnieuw met k80 score <id>.',
  unknownTopic: (id: string) => `Onbekend actueel onderwerp: ${id}.`,
  unknownTopicHint: (suggestion: string | undefined) =>
    suggestion ? `Bedoelde je ${suggestion}? Zie alle actuele onderwerpen met: k80 list topics` : 'Zie alle actuele onderwerpen met: k80 list topics',
  topicInvalid: (file: string) => `Het actuele onderwerp ${file} bevat fouten; los die eerst op:`,
  frameworkInvalid: 'Het afwegingskader (agenda/afwegingskader.yaml) bevat fouten; zo kan er niet gewogen worden:',
  frameworkInvalidHint: 'Herstel het afwegingskader en controleer het met: k80 validate',
  contentHint: 'Controleer de inhoud met: k80 validate',
  setSyntax: (value: string) => `--set ${value}: gebruik de vorm criterium=score, bijvoorbeeld --set impact=3.`,
  setUnknown: (id: string) => `--set ${id}: onbekend criterium.`,
  setUnknownHint: (suggestion: string | undefined, all: string) =>
    suggestion ? `Bedoelde je ${suggestion}? De criteria zijn: ${all}.` : `De criteria zijn: ${all}.`,
  setTwice: (id: string) => `--set ${id} is meer dan eens opgegeven.`,
  setTwiceHint: 'Geef elk criterium één keer op.',
  setNotInteger: (id: string, value: string) => `--set ${id}=${value}: de score moet een geheel getal zijn.`,
  setOffScale: (id: string, value: string, min: number, max: number) =>
    `--set ${id}=${value}: de score moet op de schaal van ${min} tot en met ${max} liggen.`,
  scaleHint: (labels: string) => `De schaal: ${labels}.`,
  setMissing: (ids: string) => `Geen score voor: ${ids}. Zonder terminal is --set nodig voor elk criterium.`,
  setMissingHint: (example: string) => `Bijvoorbeeld: ${example}`,
  byEmpty: 'Geef bij --by op wie heeft gewogen, bijvoorbeeld --by "Dagelijks bestuur".',
  byEmptyHint: 'Of laat --by weg: dan staat er Dagelijks bestuur.',
  tooLong: (flag: string, limit: number, length: number) => `${flag} is te lang: ${length} tekens, hooguit ${limit}.`,
  tooLongHint: 'Maak de tekst korter.',
  /** Messages of the validate check of stored assessments (src/commands/validate/checks/assessment.ts). */
  check: {
    oldFramework: (stored: number, current: number) =>
      `Deze weging is gemaakt met versie ${stored} van het afwegingskader; de huidige versie is ${current}. Weeg opnieuw met k80 score als het thema nog speelt.`,
    unknownCriterion: (id: string, all: string) => `Score voor een onbekend criterium: ${id}. De criteria zijn: ${all}.`,
    offScale: (id: string, value: number, min: number, max: number) =>
      `De score ${value} voor ${id} ligt niet op de schaal van ${min} tot en met ${max}.`,
    missingCriteria: (ids: string) => `Geen score voor: ${ids}.`,
    totalMismatch: (stored: number, expected: number) =>
      `Het totaal ${stored} klopt niet met de scores: volgens het afwegingskader is het ${expected}.`,
    verdictMismatch: (stored: string, expected: string, total: number, knockout: string | null) =>
      `Het oordeel ${stored} klopt niet met de scores: volgens het afwegingskader is het ${expected} (totaal ${total}${knockout ? `, knock-out op ${knockout}` : ''}).`,
  },
  invalidResult: (file: string) => `De bijgewerkte ${file} zou niet geldig zijn; er is niets geschreven:`,
} as const;
