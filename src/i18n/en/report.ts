/** English messages of `k80 report`. */
import type { Area } from '../nl/index.js';
import { documents } from './report-documents.js';

export const report: Area<'report'> = {
  documents,
  render: {
    title: (name: string, from: string, to: string) =>
      from === to ? `Feedback report ${name}: ${from}` : `Feedback report ${name}: ${from} – ${to}`,
    intro: (agendaTitle: string, from: string, to: string) =>
      `This feedback report shows what happened ${from === to ? `on ${from}` : `from ${from} up to and including ${to}`} with the ${agendaTitle}: ` +
      'the progress of the actions per theme, new good practices of municipalities, the current topics that ' +
      'were weighed and who contributed.',
    footer: 'Compiled with k80 from the history of the agenda repository',
    months: [
      'January', 'February', 'March', 'April', 'May', 'June',
      'July', 'August', 'September', 'October', 'November', 'December',
    ],
    section: {
      A: 'Who are we and what makes us strong?',
      B: 'The substantive themes',
      C: 'Preconditions',
    },
    sectionHeading: (letter: string, name: string) => `${letter}. ${name}`,
    kind: {
      theme: 'Theme',
      action: 'Action',
      practice: 'Good practice',
      topic: 'Current topic',
      foreword: 'Foreword',
      settings: 'Settings',
    },
    change: { added: 'Added', modified: 'Changed', removed: 'Removed', renamed: 'Renamed' },
    renamedFrom: (previousId: string) => `Renamed (was ${previousId})`,
    forewordHeading: 'Foreword',
    highlightsHeading: 'Highlights',
    keyFiguresHeading: 'Key figures',
    keyFiguresCaption: 'Key figures of this period',
    keyFigureColumn: 'Item',
    countColumn: 'Number',
    figurePracticesAdded: 'New good practices',
    figureActionsAdded: 'New actions',
    figureActionsStatusChanged: 'Actions with a changed status',
    figureTopicsAssessed: 'Current topics weighed',
    figureContributors: 'Contributing municipalities',
    figureCommits: 'Changes (commits)',
    overviewHeading: 'The themes in figures',
    overviewIntro: 'Per theme the number of actions by their status at the end of the period, and the number of new good practices.',
    overviewCaption: 'Actions by status and new good practices per theme',
    themeColumn: 'Theme',
    actionsTotalColumn: 'Actions',
    practicesColumn: 'New good practices',
    overviewPracticesNote: (added: number) =>
      `A good practice can belong to more than one theme and then counts for each of them; in all there ${added === 1 ? 'is 1 new good practice' : `are ${added} new good practices`}.`,
    total: 'Total',
    chartStatusTitle: 'Actions by status per theme',
    chartStatusDesc: (rows: string) =>
      `Horizontal stacked bars, one per theme, with the number of actions per status. ${rows} ` +
      'The same figures are in the table below the charts.',
    chartStatusRow: (theme: string, parts: string) => `${theme}: ${parts}.`,
    chartPracticesTitle: 'New good practices per theme',
    chartPracticesDesc: (rows: string) =>
      `Horizontal bars, one per theme, with the number of new good practices in this period. ${rows} ` +
      'A practice can belong to more than one theme. The same figures are in the table below the charts.',
    chartPracticesRow: (theme: string, count: number) => `${theme}: ${count}.`,
    figureLabel: (n: number) => `Figure ${n}.`,
    actionsCaption: (theme: string) => `Actions of the theme ${theme}`,
    actionColumn: 'Action',
    typeColumn: 'Kind',
    leadColumn: 'Lead',
    leadRole: (role: string, municipality: string) => `${role}, ${municipality}`,
    noLead: 'not known yet',
    newActionsHeading: 'New actions',
    newActionMeta: (type: string, status: string) => ` — ${type}, ${status}`,
    contactLabel: 'Contact person: ',
    linksLabel: 'More: ',
    statusColumn: 'Status',
    changeColumn: 'In this period',
    statusChanged: (from: string, to: string) => `${from} → ${to}`,
    actionNew: (status: string) => `New (${status})`,
    unchanged: 'Unchanged',
    noActions: 'This theme has no actions.',
    progressHeading: 'Progress',
    noProgress: 'No progress reported in this period.',
    practicesHeading: 'New good practices',
    practiceMeta: (municipality: string, date: string) => ` (${municipality}, ${date})`,
    noPractices: 'No new good practices in this period.',
    topicsHeading: 'Current topics',
    topicsAssessedHeading: 'Topics weighed',
    topicsCaption: 'Current topics weighed, with score and verdict',
    topicColumn: 'Topic',
    raisedByColumn: 'Raised by',
    assessmentNotesIntro: "The board's notes on the assessment:",
    assessedOnColumn: 'Weighed on',
    scoreColumn: 'Score (0–100)',
    verdictColumn: 'Verdict',
    noTopicsAssessed: 'No current topics weighed in this period.',
    topicsRaisedHeading: 'Newly raised topics',
    topicRaised: (municipality: string, date: string, status: string) =>
      ` — raised by ${municipality} on ${date} (${status})`,
    noTopicsRaised: 'No new current topics raised in this period.',
    contributorsHeading: 'Contributors',
    contributorsIntro: 'In this period these municipalities contributed (good practices, topics raised and actions they lead):',
    contributorContributions: (n: number) => (n === 1 ? ' — 1 contribution' : ` — ${n} contributions`),
    authorsHeading: 'Authors',
    authorsIntro: 'The people who wrote the changes in the repository (asked for with --authors):',
    noAuthors: 'No changes in this period.',
    contributorCommits: (n: number) => (n === 1 ? ' — 1 change' : ` — ${n} changes`),
    noContributors: 'No contributions in this period.',
    changesHeading: 'Appendix: Overview of changes',
    changesIntro: 'All files of the agenda that were added, changed, renamed or removed in this period.',
    changesUpTo: (commit: string) => `The state is that of commit ${commit}.`,
    changesCaption: 'Changed files of the agenda in this period',
    kindColumn: 'Kind',
    idColumn: 'Id',
    titleColumn: 'Title',
    whatColumn: 'Change',
    noChanges: 'No changes in this period.',
    warningsHeading: 'Warnings',
    warningsIntro: 'While compiling this feedback report, these points stood out:',
    navLabel: 'Contents',
    skipLink: 'Skip to the content',
  },
  description: 'Make the feedback report to the members: what happened to the agenda in a period, from the git history',
  optFrom: 'start of the period: a date (YYYY-MM-DD) or a git revision (the period starts after that commit)',
  optTo: 'end of the period: a date (YYYY-MM-DD, up to and including that day) or a git revision',
  optPeriod: 'a half year: YYYY-H1 (January–June) or YYYY-H2 (July–December); not together with --from or --to',
  optFormat:
    'kind of output: md (Markdown, default), html (web page), json (data), odt (OpenDocument text, editable in LibreOffice and Word), docx (Word) or pdf (fixed document, made with Edge, Chrome or Chromium). Without --format the extension of --out (.odt, .docx, .pdf, .html …) picks the format',
  optOut: 'write the feedback report to this file instead of to the screen (needed for odt, docx and pdf), for example --out terugkoppeling-2026-H2.odt',
  optAuthors: 'also name the people who wrote the changes (git authors); by default the report names municipalities only',
  optTag: 'then set the tag terugkoppeling-… on the last commit of the period (start of the next one)',
  periodConflict: '--period does not go together with --from or --to.',
  periodConflictHint: 'Use either --period (for example --period 2026-H1), or --from and --to.',
  badPeriod: (value: string) => `'${value}' is not a valid period.`,
  badPeriodHint: 'Write a half year as YYYY-H1 (January–June) or YYYY-H2 (July–December), for example 2026-H1.',
  badDate: (flag: string, value: string) => `${flag} '${value}' is not an existing date.`,
  badDateHint: 'Write a date as YYYY-MM-DD, for example 2026-07-01.',
  badRevision: (flag: string, value: string) => `${flag} '${value}' is not a date and not an existing git revision.`,
  badRevisionHint: 'Give a date (YYYY-MM-DD) or an existing tag, branch or commit (see git tag and git log).',
  fromAfterTo: (from: string, to: string) => `The start of the period (${from}) is after the end (${to}).`,
  fromAfterToHint: 'Choose a start that is before the end.',
  fromNotAncestor: (value: string) => `'${value}' is not part of the history of the current branch.`,
  fromNotAncestorHint: 'Choose a commit or tag from the history of this branch (see git log --first-parent).',
  gitMissingHint: 'Install Git (https://git-scm.com) and then open a new terminal window: the feedback report comes from the git history.',
  notARepoHint: 'The feedback report comes from the git history: work in a clone of the repository (git clone …), not in a loose copy of the folder agenda/.',
  noHistory: 'This repository has no commits yet.',
  noHistoryHint: 'Commit the agenda first: git add agenda and then git commit.',
  shallowReach: (from: string) => `The history in this clone does not go back to the start of the period (${from}).`,
  shallowFirst: 'The history in this clone does not go back to the first commit.',
  tagExists: (name: string) => `The tag ${name} already exists.`,
  tagExistsHint: 'Was the feedback report for this period already made? Otherwise remove the tag first with git tag -d.',
  tagNoCommit: 'There is no commit to set the tag on.',
  tagNoCommitHint: 'Commit the agenda first, or make the feedback report without --tag.',
  tagged: (name: string, commit: string) => `Tag ${name} set on commit ${commit}. Share it with: git push origin ${name}`,
  written: (path: string) => `Feedback report written to ${path}`,
  forewordMissing: (file: string) =>
    `Tip: this feedback report has no foreword. Write your own words and highlights in ${file} ` +
    '(frontmatter: title and highlights, a list of short sentences; the foreword below it), commit the file and make the report again.',
  skewedCommit: (commit: string, day: string, parentDay: string) =>
    `Commit ${commit} is dated ${day}, earlier than the commit before it (${parentDay}): its clock was probably wrong. ` +
    'It is counted at its place in the history.',
  gap: (tag: string, tagDay: string, from: string, changes: number) =>
    `Between the previous feedback report (tag ${tag}, ${tagDay}) and the start of this period (${from}) ` +
    `${changes === 1 ? 'there is 1 change' : `there are ${changes} changes`} to the agenda that ${changes === 1 ? 'is' : 'are'} in no feedback report. ` +
    `Include them with: k80 report --from ${tag}`,
  unfinished: (asked: string, day: string) =>
    `The period runs until ${asked}. The report goes up to today: the last change is of ${day}. ` +
    'What changes after this goes into the next report (k80 report without options starts at this tag).',
  noCommits: 'The agenda did not change in this period: the state at the end equals the state at the start.',
  symlink: (file: string) => `${file} is a symbolic link and was skipped.`,
  invalidAtEnd: (file: string, problem: string, line: number, column: number, more: number) =>
    `${file} is invalid at the end of the period and was left out: ${problem} (line ${line}, column ${column})${moreErrors(more)}.`,
  invalidBoth: (file: string, problem: string, line: number, column: number, more: number) =>
    `${file} is invalid at the start and at the end of the period and was left out: ${problem} (line ${line}, column ${column})${moreErrors(more)}.`,
  invalidAtStart: (file: string, problem: string, line: number, column: number, more: number) =>
    `${file} was invalid at the start of the period; what changed in it since is incomplete: ${problem} (line ${line}, column ${column})${moreErrors(more)}.`,
  unknownTheme: (file: string, theme: string) =>
    `${file} refers to the unknown theme '${theme}'; so the action is under no theme.`,
  settingsTitle: 'Settings of the network',
  frameworkTitle: 'Assessment framework',
  defaultNetworkName: 'K80',
  defaultAgendaTitle: 'agenda',
};

function moreErrors(n: number): string {
  return n === 0 ? '' : n === 1 ? ' and 1 more error' : ` and ${n} more errors`;
}
