/** English messages of `k80 score`. */
import type { Area } from '../nl/index.js';

export const score: Area<'score'> = {
  description: 'weigh a current topic with the assessment framework and record the outcome',
  argTopic: 'id of the current topic (file name without .md); in a terminal you may leave it out and choose',
  optSet: 'score for one criterion, for example --set impact=3; repeat for every criterion (required without a terminal). The criteria and the scale are in agenda/afwegingskader.yaml',
  optBy: 'who weighed it, a body or role (default: Executive board)',
  optNote: 'short explanation of the weighing',
  optDate: 'date of the weighing: the meeting of the executive board, as YYYY-MM-DD (default: today)',
  optDryRun: 'only calculate and show, write nothing',
  optNoCommit: 'only update the file, do not commit it in git',
  optJson: 'output as JSON, for other programs',

  criterion: {
    impact: 'impact',
    agenda: 'fits the agenda',
    'added-value': 'own perspective',
    influence: 'influence',
    support: 'support',
    capacity: 'capacity',
  } as Record<string, string>,
  defaultBy: 'Executive board',

  heading: (title: string, id: string) => `Weighing of the current topic: ${title} (${id})`,
  col: { criterion: 'Criterion', weight: 'Weight', score: 'Score', points: 'Points' },
  sumRow: 'Together',
  pointsOf: (got: string, most: string) => `${got} of ${most}`,
  total: (total: number) => `Total: ${total} of 100`,
  verdictLine: (verdict: string) => `Verdict: ${verdict}`,
  thresholdsLine: (takeUp: number, monitor: number) => `(take up from ${takeUp}, monitor from ${monitor})`,
  knockoutLine: (criterion: string, label: string) =>
    `Knock-out: ${criterion} scores ${label}. So decline, whatever the total.`,
  robust: 'The outcome is robust: no single score one point higher or lower changes the verdict.',
  sensitive: (list: string) => `The outcome is sensitive to: ${list}`,
  flip: (criterion: string, step: string, verdict: string) => `${criterion} (${step} → ${verdict})`,
  dryRun: 'Dry run (--dry-run): nothing was written.',
  written: (file: string) => `Updated: ${file}`,
  committed: (commit: string) => `Committed in commit ${commit}.`,
  notCommitted: 'No commit made (--no-commit). Commit the change yourself with git.',
  commitMessage: (title: string, verdict: string, total: number) => `Current topic assessed: ${title} (${verdict}, ${total})`,

  prompt: {
    pickTopic: 'Which current topic do you weigh?',
    criterionHeading: (n: number, count: number, name: string, weight: string, knockout: boolean) =>
      `Criterion ${n} of ${count}: ${name} (weight ${weight}${knockout ? ', knock-out' : ''})`,
    choice: (value: number, label: string, meaning?: string) => `${value} — ${label}${meaning ? `: ${meaning}` : ''}`,
    previousChoice: (choice: string) => `${choice} (previous weighing)`,
    previous: (date: string, verdict: string, total: number) =>
      `This current topic was weighed on ${date} (${verdict}, ${total}). Those scores are ready: Enter keeps a score, ↑↓ chooses another.`,
    confirmReplace: (date: string) => `Replace the weighing of ${date} with this one? Save and commit in git`,
    confirmReplaceNoCommit: (date: string) => `Replace the weighing of ${date} with this one? Save`,
    by: 'Who weighed it?',
    note: 'Explanation (optional, Enter to skip):',
  },

  noTopic: 'Give the current topic you weigh, for example: k80 score my-topic --set impact=3 …',
  noTopicHint: 'See the current topics with: k80 list topics',
  noOpenTopics: 'There are no open current topics to weigh.',
  noOpenTopicsHint: 'Add one with k80 add topic, or weigh a topic again with k80 score <id>.',
  unknownTopic: (id: string) => `Unknown current topic: ${id}.`,
  unknownTopicHint: (suggestion: string | undefined) =>
    suggestion ? `Did you mean ${suggestion}? See all current topics with: k80 list topics` : 'See all current topics with: k80 list topics',
  topicInvalid: (file: string) => `The current topic ${file} has errors; fix them first:`,
  frameworkInvalid: 'The assessment framework (agenda/afwegingskader.yaml) has errors; it cannot be used to weigh like this:',
  frameworkInvalidHint: 'Fix the assessment framework and check it with: k80 validate',
  contentHint: 'Check the content with: k80 validate',
  setSyntax: (value: string) => `--set ${value}: use the form criterion=score, for example --set impact=3.`,
  setUnknown: (id: string) => `--set ${id}: unknown criterion.`,
  setUnknownHint: (suggestion: string | undefined, all: string) =>
    suggestion ? `Did you mean ${suggestion}? The criteria are: ${all}.` : `The criteria are: ${all}.`,
  setTwice: (id: string) => `--set ${id} was given more than once.`,
  setTwiceHint: 'Give every criterion once.',
  setNotInteger: (id: string, value: string) => `--set ${id}=${value}: the score must be a whole number.`,
  setOffScale: (id: string, value: string, min: number, max: number) =>
    `--set ${id}=${value}: the score must be on the scale from ${min} to ${max}.`,
  scaleHint: (labels: string) => `The scale: ${labels}.`,
  setMissing: (ids: string) => `No score for: ${ids}. Without a terminal, --set is needed for every criterion.`,
  setMissingHint: (example: string) => `For example: ${example}`,
  byEmpty: 'Give with --by who weighed it, for example --by "Executive board".',
  byEmptyHint: 'Or leave out --by: then it says Executive board.',
  tooLong: (flag: string, limit: number, length: number) => `${flag} is too long: ${length} characters, at most ${limit}.`,
  tooLongHint: 'Make the text shorter.',
  check: {
    oldFramework: (stored: number, current: number) =>
      `This weighing was made with version ${stored} of the assessment framework; the current version is ${current}. Weigh again with k80 score if the topic is still relevant.`,
    unknownCriterion: (id: string, all: string) => `Score for an unknown criterion: ${id}. The criteria are: ${all}.`,
    offScale: (id: string, value: number, min: number, max: number) =>
      `The score ${value} for ${id} is not on the scale from ${min} to ${max}.`,
    missingCriteria: (ids: string) => `No score for: ${ids}.`,
    totalMismatch: (stored: number, expected: number) =>
      `The total ${stored} does not match the scores: according to the assessment framework it is ${expected}.`,
    verdictMismatch: (stored: string, expected: string, total: number, knockout: string | null) =>
      `The verdict ${stored} does not match the scores: according to the assessment framework it is ${expected} (total ${total}${knockout ? `, knock-out on ${knockout}` : ''}).`,
  },
  invalidResult: (file: string) => `The updated ${file} would not be valid; nothing was written:`,
};
