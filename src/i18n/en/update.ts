/** English messages of `k80 update`. */
import type { Area } from '../nl/index.js';
import { common } from './common.js';
import { kindName, valuesWithNames } from './add.js';

type Kind = keyof typeof kindName;
const listName: Record<Kind, string> = { action: 'actions', practice: 'practices', topic: 'topics' };

export const update: Area<'update'> = {
  description: 'update an action, good practice or current topic (status, progress note, title)',
  actionDescription: 'update the status of an action and add a dated progress note',
  practiceDescription: 'update the title or summary of a good practice, or add a note',
  topicDescription: 'update the status of a current topic and add a dated note',
  argId: (kind: Kind) => `the id: the file name without .md (see k80 list ${listName[kind]})`,

  opt: {
    statusAction: `new status: ${valuesWithNames(common.labels.status)}`,
    statusTopic: `new status: ${valuesWithNames(common.labels.topicStatus)}`,
    note: 'progress note; goes with the date under "## Voortgang"',
    title: 'new title',
    summary: 'new summary (one sentence, at most 280 characters)',
    date: 'date of the note, also kept as updated (default: today)',
    dateNote: 'date of the note (default: today)',
  },

  unknown: (kind: Kind, id: string) => `There is no ${kindName[kind]} with the id '${id}'.`,
  unknownHint: (kind: Kind) => `See the ids with k80 list ${listName[kind]}.`,
  invalidFile: (file: string) => `${file} has errors and cannot be updated like this.`,
  invalidFileHint: 'See the errors with k80 validate and fix them first.',
  noId: (kind: Kind) => `Say which ${kindName[kind]} you are updating: k80 update ${kind} <id> …`,
  noIdHint: (kind: Kind) =>
    `See the ids with k80 list ${listName[kind]} (an id is the file name without .md). In a terminal you may leave out the id: then you choose from a list.`,
  noEntries: (kind: Kind) => `There is no ${kindName[kind]} to update yet.`,
  noEntriesHint: (kind: Kind) => `Add one with k80 add ${kind}.`,
  nothingGiven: (kind: Kind) =>
    kind === 'practice'
      ? 'Say what changes: --title, --summary or --note.'
      : 'Say what changes: --status, --note or --title.',
  nothingGivenHint: (kind: Kind) => `Or start k80 update ${kind} <id> in a terminal: then the questions are asked.`,
  statusNote: (from: string, to: string) => `Status from ${from} to ${to}.`,
  unchanged: (file: string) => `Nothing changed in ${file}: everything was already so.`,
  updated: (title: string) => `Updated: ${title}`,
  updatedStatus: (title: string, from: string, to: string) => `Updated: ${title} (status from ${from} to ${to})`,

  commitStatus: (status: string) => `status: ${status}`,
  commitProgress: 'progress',
  commit: {
    action: (title: string, detail?: string) => `Action updated: ${title}${detail ? ` (${detail})` : ''}`,
    practice: (title: string, detail?: string) => `Good practice updated: ${title}${detail ? ` (${detail})` : ''}`,
    topic: (title: string, detail?: string) => `Current topic updated: ${title}${detail ? ` (${detail})` : ''}`,
  },

  form: {
    pick: (kind: Kind) => `Which ${kindName[kind]} are you updating? (type to search by title)`,
    intro: (file: string, title: string) => `Update ${title} (${file}). Ctrl+C or Esc cancels; then nothing is written.`,
    status: 'Status',
    current: (label: string) => `${label} (now)`,
    title: 'Title (enter = unchanged)',
    summary: 'Summary (enter = unchanged)',
    note: 'Progress note (may be empty)',
  },
};
