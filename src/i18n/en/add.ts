/** English messages of `k80 add` and of the write-and-commit steps shared with update and score (`git`). */
import type { Area } from '../nl/index.js';
import { common } from './common.js';

type Kind = 'practice' | 'action' | 'topic';

/** `planned, active, … or dropped`: the values to type, with their English names where those differ. */
export function valuesWithNames(labels: Readonly<Record<string, string>>): string {
  const parts = Object.entries(labels).map(([value, name]) =>
    value === name.toLowerCase().replace(/ /g, '-') ? value : `${value} (${name.toLowerCase()})`,
  );
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}` : (parts[0] ?? '');
}

/** The kinds in English, as a noun (shared with update). */
export const kindName: Record<Kind, string> = { practice: 'good practice', action: 'action', topic: 'current topic' };

/** "The file x.md (--body-file)" or "Standard input (--body-file)" at the start of a sentence. */
function subject(name: string, flag: string): string {
  return name === 'standard input' ? `Standard input (${flag})` : `The file ${name} (${flag})`;
}

export const add: Area<'add'> = {
  description: 'add a good practice, an action or a current topic (asks questions in a terminal)',
  practiceDescription: 'add a good practice of a municipality',
  actionDescription: 'add an action ("What are we going to do?") to a theme',
  topicDescription: 'add a current topic to weigh with the assessment framework',

  opt: {
    title: 'title (at most 200 characters); the file name is derived from it',
    municipalityPractice: 'the municipality the practice comes from',
    municipalityAction: 'municipality of the lead of the action',
    municipalityTopic: 'the municipality that raises the topic',
    roleAction: 'role of the lead, for example "policy adviser housing"',
    nameAction: 'name of the lead (only with consent: the repository is public)',
    roleTopic: 'role of who raises the topic, for example "alderman"',
    nameTopic: 'name of who raises the topic (only with consent: the repository is public)',
    themes: 'id of a theme; repeat for more themes (see k80 list themes)',
    theme: 'id of the theme of the action (see k80 list themes)',
    type: `kind of action: ${valuesWithNames(common.labels.type)}`,
    statusAction: `status: ${valuesWithNames(common.labels.status)}; default: planned`,
    statusTopic: `status: ${valuesWithNames(common.labels.topicStatus)}; default: open`,
    summary: 'one sentence: what it is and what it yields (at most 280 characters)',
    tag: 'keyword; repeat for more keywords',
    link: 'web address (http or https) with more information; repeat for more links',
    contactRole: 'role of the contact, for example "policy adviser housing"',
    contactMunicipality: 'municipality of the contact, if it is a different one',
    contactName: 'name of the contact (only with consent: the repository is public)',
    contactEmail: 'functional mailbox of the contact, not a personal address',
    datePractice: 'date of the practice (default: today)',
    dateTopic: 'date on which the topic was raised (default: today)',
    body: 'the text itself, in Markdown (without this option: for a good practice a template with subheadings)',
    bodyFile: 'read the text from this file (- reads from standard input)',
    edit: 'open the text in your editor ($VISUAL or $EDITOR); only in a terminal',
    yes: 'do not ask for confirmation; in a terminal ask only the required questions',
    yesUpdate: 'do not ask for confirmation',
    noCommit: 'only write the file, do not commit it in git',
    branch: 'put the change on a new branch for a pull request (default: <kind>/<id>)',
  },

  added: {
    practice: (title: string) => `Good practice added: ${title}`,
    action: (title: string) => `Action added: ${title}`,
    topic: (title: string) => `Current topic added: ${title}`,
  },

  argKind: 'practice (good practice), action or topic (current topic)',
  kindMissing: (cmd: 'add' | 'update') =>
    cmd === 'add' ? 'Say what you want to add: practice, action or topic.' : 'Say what you want to update: action, practice or topic.',
  kindUnknown: (kind: string) => `Unknown kind '${kind}'. Choose practice, action or topic.`,
  kindHint: (cmd: 'add' | 'update') =>
    cmd === 'add' ? 'For example: k80 add practice. See k80 add --help.' : 'For example: k80 update action <id> --status active. See k80 update --help.',
  missing: (flags: readonly string[]) =>
    flags.length === 1 ? `The required option ${flags[0]} is missing.` : `The required options ${flags.join(', ')} are missing.`,
  missingHint: (kind: Kind) =>
    `Give them on the command line, or start k80 add ${kind} in a terminal: then the questions are asked. See k80 add ${kind} --help.`,
  oneTheme: 'An action belongs to exactly one theme, but --theme was given more than once.',
  oneThemeHint: 'Give --theme once.',
  bodyTwice: 'Use --body or --body-file, not both.',
  bodyTwiceHint: 'Choose one of the two.',
  readReason: { ENOENT: 'it does not exist', EISDIR: 'it is a folder', EACCES: 'you have no permission to read it', EPERM: 'you have no permission to read it', ELOOP: 'the symbolic links in the path point to each other in a circle', ENAMETOOLONG: 'the name is too long', ENOTDIR: 'a part of the path is not a folder' } as Record<string, string>,
  readReasonOther: 'the operating system refused to read it',
  input: {
    stdin: 'standard input',
    unreadable: (name: string, flag: string, reason: string) => `${subject(name, flag)} cannot be read: ${reason}.`,
    tooLarge: (name: string, flag: string, limit: number) =>
      `${subject(name, flag)} is larger than ${Math.round(limit / 1024)} KiB; more does not fit in one file of the agenda. Nothing was written.`,
    tooLargeHint: 'Make the text shorter, or put long attachments on a website and include a link.',
    binary: (name: string, flag: string) => `${subject(name, flag)} is not text: it holds NUL characters (a document, image or program?). Nothing was written.`,
    binaryHint: 'Give a text file (.md or .txt). Save a Word document or PDF as plain text first.',
    notUtf8: (name: string, flag: string) => `${subject(name, flag)} is not UTF-8 text. Nothing was written.`,
    notUtf8Hint: 'Save the file as UTF-8 (in Notepad: Save as… and then Encoding: UTF-8) and try again.',
  },
  bodyFileHint: 'Check the path, or give the text with --body.',
  editNeedsTerminal: '--edit only works in a terminal.',
  editNeedsTerminalHint: 'Give the text with --body or --body-file.',

  commit: {
    practice: (title: string, municipality: string) => `Good practice added: ${title} (${municipality})`,
    action: (title: string, theme?: string) => `Action added: ${title}${theme ? ` (${theme})` : ''}`,
    topic: (title: string, municipality: string) => `Current topic added: ${title} (${municipality})`,
  },

  check: {
    invalidMany: (n: number) => `${n} invalid values:`,
    nothingWritten: 'Nothing was written. Change the value and try again.',
  },

  git: {
    branchNeedsCommit: '--branch does not go together with --no-commit.',
    branchNeedsCommitHint: 'Leave out --no-commit: then the file is committed on the new branch.',
    ignored: (file: string) => `Git ignores ${file} (.gitignore): it cannot be committed.`,
    ignoredHint: 'Change .gitignore, or use --no-commit to only write the file.',
    dirty: (file: string) => `${file} has changes that are not committed yet.`,
    dirtyHint: 'Commit them first (git commit) or undo them (git restore), or use --no-commit.',
    commitFailed: (file: string, reason: string) => `${file} was written and kept, but not committed: ${reason}`,
    commitFailedHint: (file: string, subject: string, existing: boolean) =>
      `Fix the cause and then commit the file with: git add -- ${file} && git commit -m "${subject.replace(/"/g, "'")}" -- ${file}` +
      (existing
        ? `. Or undo the change with: git restore -- ${file}`
        : `. Or run the same k80 add command again: it then commits this file. If you no longer want it, delete ${file}.`),
    commitCheckHint: 'Look at the commit with git show and undo it if needed with git reset --soft HEAD~1.',
    folderSymlink: (folder: string) => `${folder} is a symbolic link: k80 does not write through a link, as it may point outside the repository. Nothing was written.`,
    folderSymlinkHint: (folder: string) => `Replace the link ${folder} by an ordinary folder.`,
    folderIsFile: (folder: string) => `${folder} is a file, but should be a folder. Nothing was written.`,
    folderIsFileHint: (folder: string) => `Rename or delete the file ${folder}; k80 then makes the folder itself.`,
    committed: (commit: string, subject: string) => `Committed in commit ${commit}: ${subject}`,
    notCommitted: 'Not committed (--no-commit).',
    onBranch: (branch: string) => `On the new branch ${branch}.`,
    pushWith: 'Put the branch online with:',
    openPr: 'Then open the pull request:',
    openMr: 'Then open the merge request:',
    nextPush: 'Next step: put the commit online with:',
    nextPushProtected: (branch: string) =>
      `Not allowed to push to ${branch} directly? Then use --branch: the change goes on its own branch for a pull request.`,
    nextPushBranch: 'Next step: put the branch online with:',
    forgePage: (url: string) => `The repository online: ${url}`,
  },

  template: {
    practice: [
      ['What is it?', 'Describe in a few sentences what the municipality does, for whom, and since when.'],
      ['What does it yield?', 'What do residents, the municipality and partners notice? Name results, figures and lessons.'],
      ['How do you go about it?', 'What must another municipality arrange to do this too: decisions, money, people, partners, time?'],
      ['Contact', 'Whom can colleagues turn to? Name a role and a functional mailbox, not a personal address.'],
    ] as ReadonlyArray<readonly [string, string]>,
  },

  recovery: {
    found: (file: string) => `You still have text from last time that was not saved. It is in ${file}`,
    offer: 'Use that text?',
    use: 'Yes, use that text (you can still change it later)',
    discard: 'No, throw it away and start again',
    kept: (file: string, kind: string) =>
      `Your text from the editor is kept in ${file}\nStart again with k80 add ${kind} to use that text again.`,
    notKept: (file: string) => `Your text from the editor could not be kept in ${file}. Copy it from the editor if you still have it.`,
  },

  form: {
    intro: {
      practice: 'Add a good practice. Ctrl+C or Esc cancels; then nothing is written.',
      action: 'Add an action. Ctrl+C or Esc cancels; then nothing is written.',
      topic: 'Add a current topic. Ctrl+C or Esc cancels; then nothing is written.',
    },
    title: {
      practice: 'Title of the practice',
      action: 'Title of the action',
      topic: 'Title of the topic',
    },
    municipalityPractice: 'Municipality (type to search)',
    raisedBy: 'Raised by municipality (type to search)',
    lead: 'Lead: municipality (type to search)',
    noLead: '(no lead yet)',
    leadRole: 'Role of the lead (may be empty)',
    raisedByRole: 'Role of who raises it, for example alderman (may be empty)',
    notMemberChoice: (name: string) => `${name} (not a member of the network)`,
    confirmNotMember: (name: string, suggestion?: string) =>
      `${name} is not in the list of members${suggestion ? ` (${suggestion})` : ''}. Use it anyway?`,
    typeToSearch: 'Type part of the name; then choose with ↑↓ and Enter.',
    confirmFutureDate: 'Use this date anyway?',
    confirmPersonalEmail: 'Use this address anyway?',
    themes: 'Themes (space selects, enter continues)',
    themesRequired: 'Choose at least one theme.',
    theme: 'Theme',
    type: 'Kind of action',
    status: 'Status',
    summary: 'Summary in one sentence',
    tags: 'Keywords, separated by commas (may be empty)',
    link: 'Link with more information, https://… (empty = none)',
    linkMore: 'Another link (empty = done)',
    linkInvalid: 'A link starts with https:// or http://, for example https://www.gemeente.nl/page.',
    privacy:
      'Contact: the repository is public and git forgets nothing. So name a role and a municipality, no personal data; a name only with consent, an e-mail address only of a functional mailbox.',
    contactRole: 'Contact: role, for example policy adviser housing (empty = no contact)',
    contactMunicipality: 'Contact: municipality',
    contactName: 'Contact: name (only with consent; may be empty)',
    contactEmail: 'Contact: functional mailbox (may be empty)',
    emailInvalid: 'That is not a valid e-mail address, for example wonen@gemeente.nl.',
    date: 'Date (YYYY-MM-DD)',
    dateInvalid: 'Write an existing date as YYYY-MM-DD, for example 2026-03-15.',
    openEditor: 'Write the text in your editor now?',
    editor: 'Text',
    description: {
      practice: 'Text',
      action: 'The action in full (empty = the title)',
      topic: 'Short description of the topic',
    },
    preview: (file: string) => `This becomes ${file}:`,
    confirmCommit: 'Save and commit in git?',
    confirmWrite: 'Save?',
    previewQuestion: 'What do you want to do?',
    choiceSaveCommit: 'Save (and commit in git)',
    choiceSave: 'Save',
    choiceChange: 'Change something (the other answers stay)',
    choiceCancel: 'Cancel (nothing is written)',
    pickField: 'What do you want to change?',
    fieldNames: {
      title: 'Title',
      municipality: 'Municipality',
      raisedBy: 'Raised by municipality',
      themes: 'Themes',
      summary: 'Summary',
      tags: 'Keywords',
      links: 'Links',
      contact: 'Contact',
      date: 'Date',
      body: 'Text',
      type: 'Kind of action',
      status: 'Status',
      lead: 'Lead',
      role: 'Role of who raises it',
    },
  },
};
