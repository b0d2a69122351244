/** English messages of `k80 validate`. */
import type { Area } from '../nl/index.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const errors = (n: number): string => plural(n, 'error', 'errors');
const warningsOf = (n: number): string => plural(n, 'warning', 'warnings');
const files = (n: number): string => plural(n, 'file', 'files');

export const validate: Area<'validate'> = {
  description: 'check every file in agenda/: YAML, fields, ids and references',
  optFormat: 'output: pretty (readable, default), json, github (annotations in a pull request), markdown (a table for a summary or a reply) or gitlab (Code Quality report)',
  optStrict: 'treat warnings as errors',

  severity: { error: 'error', warning: 'warning' },
  summaryOk: (n: number) => `✔ ${files(n)} checked, no errors.`,
  summaryWarnings: (warnings: number, inFiles: number, n: number) =>
    `⚠ ${warningsOf(warnings)} in ${files(inFiles)} (${n} checked), no errors.`,
  summaryErrors: (errorCount: number, warnings: number, inFiles: number, n: number) =>
    `✖ ${errors(errorCount)}${warnings > 0 ? ` and ${warningsOf(warnings)}` : ''} in ${files(inFiles)} (${n} checked).`,
  strictNote: 'With --strict, warnings count as errors.',

  unknownTheme: (value: string, known: readonly string[]) =>
    `Unknown theme '${value}'. Use the id of a theme (the file name in agenda/themes/ without .md)` +
    (known.length > 0 ? `: ${known.join(', ')}.` : '; there are no themes yet.'),
  orderDuplicate: (order: number, other: string) =>
    `The order ${order} is already used by ${other}. Give every theme its own place in the agenda.`,
  sectionOrder: (section: string, order: number, other: string, otherSection: string) =>
    `This theme belongs to part ${section} but with order ${order} comes after ${other} (part ${otherSection}). Keep the parts A, B and C in order.`,
  idDuplicate: (id: string, other: string) =>
    `The id '${id}' already exists: ${other}. On Windows and macOS that is the same file (upper and lower case do not count there). Give it another name.`,
  weightNotPositive: (id: string, weight: unknown) =>
    `The weight of criterion '${id}' must be greater than 0 (now ${String(weight)}).`,
  criterionDuplicate: (id: string) => `The criterion '${id}' is in the assessment framework twice. Each id may appear once.`,
  thresholdRange: (name: string, value: unknown) =>
    `The threshold '${name}' must be between 0 and 100 (now ${String(value)}).`,
  thresholdOrder: (monitor: number, takeUp: number) =>
    `The threshold 'monitor' (${monitor}) may not be higher than 'take-up' (${takeUp}): monitoring comes below taking up.`,
  scaleRange: (min: number, max: number) =>
    `The scale runs from min ${min} to max ${max}: min must be smaller than max.`,
  scaleTooWide: (min: number, max: number, limit: number) =>
    `The scale from ${min} to ${max} is too large: at most ${limit} steps.`,
  scaleLabelMissing: (value: number) => `The scale has no description (label) for the value ${value}.`,
  scaleLabelOutside: (key: string, min: number, max: number) =>
    `The label '${key}' lies outside the scale (${min} to ${max}). Remove it or change the scale.`,
  notOnMap: (name: string) =>
    `The member ${name} in the list of members is not on the map (the CBS names of 2025): it is missing from the website's map. Write the name as CBS does, or use the CBS code (GM…).`,
  notMember: (name: string) =>
    `'${name}' is not in the list of members (agenda/k80.yaml). Check the spelling; if it is a new member, ask the secretariat to add it to the list.`,
  controlCharacter: (code: string, at: number) =>
    `There is an invisible control character here (${code}, character ${at} of the value). Such a character can make a terminal or browser jump, change colour or reverse the text; remove it.`,
  titleInvisible: 'The title consists only of spaces or invisible characters. Give a title with letters or digits.',
  personalEmail: (address: string) =>
    `'${address}' looks like a personal e-mail address. The repository is public: use a functional mailbox (for example info@… or secretariaat@…).`,
  personalName:
    'This is the name of a person. The repository is public: a role and municipality are the norm, a name only with that person\'s consent.',
  progressFormat: (written: string) =>
    `This progress note is not in the form '- YYYY-MM-DD: text' ('${written}'), so it may not reach the feedback report properly.`,
  progressNoDate: (date: string) => `The date of this progress note (${date}) does not exist. Write the note as '- YYYY-MM-DD: text'.`,
  progressFuture: (date: string) => `This progress note is dated in the future (${date}). Is the year right?`,
  leftovers: {
    hint: 'The explanation from the template is still here. Replace it with your own text, or remove the line.',
    /** The Dutch hint lines of the template (the template is Dutch in both languages). */
    extraHints: ['Wat zou je de volgende keer anders doen?'] as readonly string[],
    exampleTitle: 'Dorpsbudget voor elke kern',
    example: 'This is the invented example from CONTRIBUTING.md. Replace it with your own practice.',
  },
  topicStatus: {
    assessedWithout:
      'The status is assessed, but there is no weighing (assessment). Weigh the topic with k80 score, or set the status back to open.',
    declinedAgainst: 'The status is declined, but the weighing says take-up. Is that right? Record the board decision in the text.',
    takenUpAgainst: 'The status is taken-up, but the weighing says decline. Is that right? Record the board decision in the text.',
  },
  dateFuture: (date: string) => `The date ${date} is in the future. Is the year right?`,
};
