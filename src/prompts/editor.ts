/**
 * Which editor opens the text when neither $VISUAL nor $EDITOR says so: Notepad on Windows, elsewhere nano
 * when it is installed (easier than vi for someone who is not a developer), else vi. And how to save and
 * close that editor, in Dutch, for the prompt.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { m } from '../i18n/index.js';

/** Is `command` an executable on PATH? */
function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
}

/** The editor to use: the user's own ($VISUAL, $EDITOR), else the default for this system. */
export function chooseEditor(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, has = (c: string) => onPath(c, env)): string {
  const own = env.VISUAL?.trim() || env.EDITOR?.trim();
  if (own) return own;
  if (platform === 'win32') return 'notepad';
  return has('nano') ? 'nano' : 'vi';
}

/** How to save and close `editor`, for the prompt's help line. */
export function saveAndCloseHelp(editor: string): string {
  const name = (editor.split(/[\\/]/).at(-1) ?? editor).split(' ')[0]!.toLowerCase().replace(/\.exe$/, '');
  const h = m.prompts.editorHow;
  if (name === 'notepad') return h.notepad;
  if (name === 'nano') return h.nano;
  if (name === 'vi' || name === 'vim' || name === 'nvim') return h.vi;
  return h.other;
}
