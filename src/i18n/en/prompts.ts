/** English texts of the prompt layer (src/prompts), shared by add, update and score. */
import type { Area } from '../nl/index.js';

export const prompts: Area<'prompts'> = {
  keys: {
    '↑↓': '↑↓',
    '⏎': 'enter',
    space: 'space',
    navigate: 'choose',
    select: 'select',
    submit: 'continue',
    all: 'all',
    invert: 'invert',
  } as Record<string, string>,
  nothingFound: (term: string) => `Nothing found for "${term}". Type another part of the title.`,
  required: 'Please fill this in.',
  tooLong: (limit: number, n: number) => `Too long: ${n} characters, at most ${limit}.`,
  count: (n: number, limit: number) => (n > limit ? `(${n}/${limit}, too long)` : `(${n}/${limit})`),
  yesNoDefaultYes: '(Y/n)',
  yesNoDefaultNo: '(y/N)',
  yesNoInvalid: 'Answer with y (yes) or n (no).',
  yes: 'yes',
  no: 'no',
  editorHelp: 'Your editor will open; save and close it to continue.',
  editorReceived: 'Received.',
  editorHow: {
    notepad: 'In Notepad: Ctrl+S saves, then close the window.',
    nano: 'In nano: Ctrl+O and Enter saves, Ctrl+X closes.',
    vi: 'In vi: press Esc, type :wq and Enter to save and close.',
    other: 'Save the file and close the editor.',
  },
};
