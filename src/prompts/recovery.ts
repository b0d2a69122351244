/**
 * Text written in the editor is never lost. When `k80 add` stops after the editor was used (Ctrl-C, Esc,
 * "Afbreken", a refused entry, a failed commit), the text is kept in a recovery file, one per kind of
 * entry, and the next `k80 add` of that kind offers it. The file is removed once it has been used in an
 * entry that was saved, or when the user throws it away.
 *
 * Where: in the repository's own git folder, `.git/k80/herstel/<kind>.md`. That folder belongs to this
 * agenda (the text is about it), survives a restart (the temp folder of Windows is emptied by Storage
 * Sense), is never committed and does not show up in `git status`. Outside a git repository (`--no-commit`
 * in a plain folder) the OS temp folder is used, in a subfolder per repository. The full path is printed,
 * so that it can be opened in Notepad even though `.git` is a hidden folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gitMaybe } from '../git/run.js';
import { replaceFile } from '../content/write.js';
import type { Prompter } from './index.js';

/** The recovery file of `kind` for the repository at `root` (the file need not exist). */
export function recoveryPath(root: string, kind: string): string {
  const dir = gitMaybe(root, ['rev-parse', '--absolute-git-dir'])?.trim();
  if (dir) return join(dir, 'k80', 'herstel', `${kind}.md`);
  const key = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 12);
  return join(tmpdir(), 'k80-herstel', key, `${kind}.md`);
}

/** The kept text, or undefined when there is none (or it is empty). */
export function readRecovery(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return text.trim() === '' ? undefined : text;
}

/** Keep `text` in `file` (replacing what was kept before), written atomically. */
export function saveRecovery(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  replaceFile(file, text);
}

/** Remove the kept text (nothing happens when there is none). */
export function removeRecovery(file: string): void {
  rmSync(file, { force: true });
}

/** `p`, with every text that comes back from the editor handed to `seen` first. */
export function watchEditor(p: Prompter, seen: (text: string) => void): Prompter {
  return {
    ...p,
    async editor(options) {
      const text = await p.editor(options);
      seen(text);
      return text;
    },
  };
}
