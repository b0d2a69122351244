/** English messages of `k80 init` and the texts of the files it writes for a new network. */
import type { Area } from '../nl/index.js';

export const init: Area<'init'> = {
  description: 'start a new agenda repository for another network of municipalities',
  argDir: 'the folder of the new repository; must be empty or not exist yet (default: the current folder)',
  optName: 'name of the network, for example "Small Towns Network" (required)',
  optAgendaTitle: 'title of the agenda (default: Agenda NAME)',
  optNoCommit: 'only write the files, no git repository and no first commit',

  nameMissing: 'The option --name is missing: what is the network called?',
  nameMissingHint: 'For example: k80 init my-network --name "Small Towns Network"',
  nameInvalid: (limit: number) => `The name given with --name must be 1 to ${limit} characters long, on one line.`,
  titleInvalid: (limit: number) => `The title given with --agenda-title must be 1 to ${limit} characters long, on one line.`,
  notEmpty: (dir: string) => `The folder ${dir} is not empty. k80 init only writes into an empty or new folder.`,
  notEmptyHint: 'Choose a new folder, for example: k80 init my-network --name "…"',
  notADir: (path: string) => `${path} is a file, not a folder.`,
  notADirHint: 'Give the name of a new folder.',
  writeFailed: (dir: string, reason: string) => `Cannot create the repository in ${dir}: ${reason}.`,

  created: (name: string, dir: string) => `New repository for ${name} created in ${dir}`,
  committed: (commit: string) => `First commit: ${commit}`,
  notCommitted: 'No git repository created (--no-commit).',
  nextSteps: 'How to go on:',
  stepCd: (dir: string) => `go to the folder: cd "${dir}"`,
  stepMembers: 'put the member municipalities in agenda/k80.yaml',
  stepTheme: 'rename agenda/themes/eerste-thema.md and fill in its title and text (or add themes)',
  stepSource: 'fill in K80_SOURCE in .github/workflows/validate.yml: where k80 comes from',
  stepValidate: 'check everything with: k80 validate',
  commitMessage: (name: string) => `New agenda repository for ${name} (k80 init)`,

  settingsHeader: (name: string) =>
    `# Settings of the network ${name}: its name, the adopted agenda and the member municipalities.\n` +
    '# The schema is in schemas/k80.schema.json.',
  membersNote:
    '# The member municipalities, each once and in alphabetical order, spelled as Statistics Netherlands (CBS) spells them.\n' +
    '# The list is still empty: the secretariat completes it. A good practice or current topic from a\n' +
    '# municipality that is not listed here gives a warning.',
  agendaTitle: (name: string) => `Agenda ${name}`,
  themeTitle: 'First theme',
  themeTagline: 'rename this theme',
  themeBody:
    'This is an empty theme to start with. Rename the file (the file name is the id of the theme, for\n' +
    'example `housing.md`), fill in the title, the tagline and this text, and add a file of its own in\n' +
    '`agenda/themes/` for every theme of the agenda. `section` is A (who we are), B (the substantive\n' +
    'themes) or C (preconditions); `order` is the place in the agenda.\n',
  frameworkHeader: (name: string) =>
    `# Assessment framework of ${name}: decides whether the network puts energy into a current topic.\n` +
    '# This is the default assessment framework of k80. Adapt the criteria, weights, scale and thresholds\n' +
    '# to the network, and then raise `version` by 1: every weighing (k80 score) records the version it\n' +
    '# used.\n' +
    '#\n' +
    '# Total = rounded 100 × Σ(weight × score) / Σ(weight × maximum).\n' +
    '# A knock-out criterion with the lowest score always gives "decline".\n' +
    '# Otherwise: total ≥ take-up → take up, ≥ monitor → monitor, lower → decline.',
  scaleLabels: { 0: 'not', 1: 'limited', 2: 'fair', 3: 'strong' },
  criteria: {
    impact: [
      'Does the topic affect small municipalities and their villages in particular?',
      '0 = does not affect small municipalities differently from other municipalities; 3 = clearly affects small municipalities and their villages more strongly or differently. Knock-out: a 0 always means decline.',
    ],
    agenda: [
      'Does it fit the themes of the agenda?',
      '0 = fits no theme; 1 = touches a theme in passing; 2 = clearly fits a theme; 3 = touches the core of one or more themes.',
    ],
    'added-value': [
      'Does the network have its own, distinctive perspective next to VNG and other networks?',
      '0 = others already cover this fully; 3 = only this network brings this perspective. Knock-out: a 0 always means decline.',
    ],
    influence: [
      'Is there a real chance of influence now (decision-making, consultation, deadline)?',
      '0 = no moment in sight; 1 = maybe later; 2 = a moment is coming; 3 = there is a concrete moment or deadline now at which our input is asked for or needed.',
    ],
    support: [
      'Does it matter to several members (support in the network)?',
      '0 = one municipality; 1 = a few municipalities; 2 = a good part of the members; 3 = nearly all members, or a broad question from the network.',
    ],
    capacity: [
      'Are an administrative lead and a civil-service lead available?',
      '0 = nobody available; 1 = only an administrative or only a civil-service lead; 2 = both, but with little time; 3 = both available and with time.',
    ],
  },
  workflowName: 'Check the content',
  workflowComment: (name: string) =>
    `# Checks every change to the agenda of ${name}: k80 validate puts its messages on the files of the pull request.`,
  workflowSourceComment: '# Where k80 comes from: the git repository of the tool (https address), and the branch or tag.',
  workflowSourceMissing: 'Fill in the https address of the git repository of k80 at K80_SOURCE in .github/workflows/validate.yml.',
  workflowSteps: {
    checkout: 'Fetch the repository',
    node: 'Install Node.js 20',
    install: 'Install k80',
    validate: 'Check the agenda',
  },
  contributing: (name: string) => `# Contributing to the agenda of ${name}

Everything of ${name} — the agenda, the actions, the good practices and the current topics — is kept as
text files in this repository, in the folder \`agenda/\`. You do not need to be a developer to add
something: it can be done in the web browser. An automatic check (\`k80 validate\`) looks whether
everything is right, and someone from the network approves your contribution.

## First: no personal data

This repository is **public**, and git **forgets nothing**.

- Name **roles and municipalities**, for example "policy adviser housing, municipality of …".
- A name only if that person agrees to it.
- **No personal e-mail addresses**, but a functional mailbox (\`info@…\`, \`housing@…\`).

## Adding a good practice in the web browser

1. Open the folder \`agenda/practices\` and choose **Add file** → **Create new file**.
2. Type a file name of lowercase letters, digits and hyphens ending in \`.md\`, for example
   \`municipality-village-budget.md\`.
3. Paste the template below, fill it in and choose **Commit changes…** → **Propose changes** → **Create
   pull request**.
4. The automatic check starts by itself. A red cross? Open **Files changed**: the message is next to the
   line it is about and says how to fix it.

\`\`\`markdown
---
title: Title of the practice
municipality: Name of the municipality
themes:
  - eerste-thema
date: "2026-01-31"
summary: One sentence about what it is and what it yields.
---

## What is it?

## What does it yield?

## How do you go about it?

## Contact
\`\`\`

## With the command line

With k80 installed: \`k80 add practice\` asks the questions and commits the practice; \`k80 validate\`
checks everything; \`k80 report\` makes the feedback report to the members.
`,
};
