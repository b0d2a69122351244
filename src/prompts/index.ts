/**
 * The one prompt layer of the tool: thin Dutch wrappers around @inquirer/prompts. Commands receive a
 * `Prompter` (tests may pass their own, or drive this one through fake streams); Ctrl-C and Escape in any
 * prompt become a `CancelledError` (exit 130), so that a command can stop before it writes anything.
 * @inquirer/prompts is loaded on the first prompt, so scripted runs do not pay for it.
 */
import { chooseEditor, saveAndCloseHelp } from './editor.js';
import { m } from '../i18n/index.js';
import { CancelledError } from '../core/errors.js';

export interface Choice<T> {
  value: T;
  /** Shown in the list. */
  name: string;
  /** Shown below the list for the active choice. */
  description?: string;
  /** Checkbox: initially checked. */
  checked?: boolean;
  /** Search and select: a line of text between the choices that cannot be chosen (Enter does nothing on it). */
  separator?: boolean;
}

/** `true` when valid, otherwise the Dutch reason shown below the prompt. */
export type Validate<T> = (value: T) => true | string;

export interface InputOptions {
  message: string;
  default?: string;
  /** An answer is needed (empty is refused). */
  required?: boolean;
  /** Refuse more than `limit` characters. */
  limit?: number;
  /** Show the length while typing, as `(n/limit)`. */
  count?: boolean;
  validate?: Validate<string>;
}

export interface Prompter {
  input(options: InputOptions): Promise<string>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  select<T>(options: { message: string; choices: ReadonlyArray<Choice<T>>; default?: T }): Promise<T>;
  checkbox<T>(options: { message: string; choices: ReadonlyArray<Choice<T>>; required?: string }): Promise<T[]>;
  /** Type to filter; `source` gets the typed text and returns the choices to show. */
  search<T>(options: { message: string; source: (term: string) => ReadonlyArray<Choice<T>> }): Promise<T>;
  /** Open $VISUAL / $EDITOR on `text` and return what was saved. */
  editor(options: { message: string; text: string; postfix?: string }): Promise<string>;
  /** Write lines to the terminal (a preview, a note). */
  say(text: string): void;
}

/** Streams for the prompts; the defaults are the process's own stdin and stdout. */
export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

const inquirer = () => import('@inquirer/prompts');

const CANCEL_ERRORS = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError']);

/** Was this error thrown because the user cancelled a prompt? */
function isPromptCancel(e: unknown): boolean {
  return e instanceof Error && CANCEL_ERRORS.has(e.name);
}

/** The length as a user counts it (code points, as the schema's maxLength does). */
export function textLength(s: string): number {
  return [...s].length;
}

const t = () => m.prompts;

/** Dutch key help lines for select, checkbox and search. */
function keysHelp(keys: Array<[string, string]>): string {
  const words = t().keys;
  return keys.map(([key, action]) => `${words[key] ?? key} ${words[action] ?? action}`).join(' • ');
}

/** Look of select, checkbox and search: the key help in Dutch. */
const KEYS_THEME = { style: { keysHelpTip: keysHelp } };

type Inquirer = Awaited<ReturnType<typeof inquirer>>;

/** A choice as @inquirer/prompts takes it for select and search (a separator as its Separator). */
function listChoice<T>(c: Choice<T>, lib: Inquirer): { value: T; name: string; description?: string } | InstanceType<Inquirer['Separator']> {
  if (c.separator) return new lib.Separator(c.name);
  return { value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) };
}

function yesNo(value: string, fallback: boolean): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (/^(j|ja|y|yes)$/.test(v)) return true;
  if (/^(n|nee|no)$/.test(v)) return false;
  return undefined;
}

/** The prompter that talks to a terminal through @inquirer/prompts. */
export function createPrompter(streams: PromptStreams = {}): Prompter {
  const inputStream = streams.input ?? process.stdin;
  const outputStream = streams.output ?? process.stdout;

  /** Run one prompt; Escape aborts it, and every kind of cancel becomes a CancelledError. */
  async function ask<T>(run: (context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal }) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const onKey = (_: unknown, key?: { name?: string }): void => {
      if (key?.name === 'escape') controller.abort();
    };
    inputStream.on('keypress', onKey);
    try {
      return await run({ input: inputStream, output: outputStream, signal: controller.signal });
    } catch (e) {
      if (isPromptCancel(e)) throw new CancelledError(m.common.cancelled);
      throw e;
    } finally {
      inputStream.removeListener('keypress', onKey);
    }
  }

  return {
    input(o) {
      const check = (value: string): true | string => {
        if (o.required && value.trim() === '') return t().required;
        if (o.limit !== undefined && textLength(value) > o.limit) return t().tooLong(o.limit, textLength(value));
        return o.validate ? o.validate(value) : true;
      };
      return ask(async (context) =>
        (await inquirer()).input(
          {
            message: o.message,
            ...(o.default !== undefined && o.default !== '' ? { default: o.default } : {}),
            validate: check,
            ...(o.limit !== undefined && o.count
              ? {
                  transformer: (value: string, { isFinal }: { isFinal: boolean }) =>
                    isFinal ? value : `${t().count(textLength(value), o.limit!)} ${value}`,
                }
              : {}),
          },
          context,
        ),
      ).then((v) => v.trim());
    },

    async confirm(o) {
      const fallback = o.default ?? true;
      const answer = await ask(async (context) =>
        (await inquirer()).input(
          {
            message: `${o.message} ${fallback ? t().yesNoDefaultYes : t().yesNoDefaultNo}`,
            validate: (v: string) => (yesNo(v, fallback) === undefined ? t().yesNoInvalid : true),
            transformer: (v: string, { isFinal }: { isFinal: boolean }) =>
              isFinal ? (yesNo(v, fallback) ? t().yes : t().no) : v,
          },
          context,
        ),
      );
      return yesNo(answer, fallback) ?? fallback;
    },

    select(o) {
      return ask(async (context) => {
        const lib = await inquirer();
        return lib.select(
          {
            message: o.message,
            choices: o.choices.map((c) => listChoice(c, lib)),
            ...(o.default !== undefined ? { default: o.default } : {}),
            pageSize: 10,
            theme: KEYS_THEME,
          },
          context,
        );
      });
    },

    checkbox(o) {
      return ask(async (context) =>
        (await inquirer()).checkbox(
          {
            message: o.message,
            choices: o.choices.map((c) => ({ value: c.value, name: c.name, checked: Boolean(c.checked) })),
            pageSize: 10,
            ...(o.required ? { validate: (chosen: readonly unknown[]) => (chosen.length > 0 ? true : o.required!) } : {}),
            theme: KEYS_THEME,
          },
          context,
        ),
      );
    },

    search(o) {
      return ask(async (context) => {
        const lib = await inquirer();
        return lib.search(
          {
            message: o.message,
            source: (term: string | undefined) => Promise.resolve(o.source(term ?? '').map((c) => listChoice(c, lib))),
            pageSize: 8,
            theme: KEYS_THEME,
          },
          context,
        );
      });
    },

    editor(o) {
      // the default editor when the user has none set (the editor package reads $EDITOR)
      const editor = chooseEditor(process.env, process.platform);
      if (!process.env.VISUAL?.trim() && !process.env.EDITOR?.trim()) process.env.EDITOR = editor;
      const help = `${t().editorHelp} ${saveAndCloseHelp(editor)}`;
      return ask(async (context) =>
        (await inquirer()).editor(
          {
            message: o.message,
            default: o.text,
            postfix: o.postfix ?? '.md',
            waitForUserInput: false,
            theme: { style: { help: (text: string) => (text === 'Received' ? t().editorReceived : help) } },
          },
          context,
        ),
      );
    },

    say(text) {
      outputStream.write(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
