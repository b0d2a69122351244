/**
 * Ids are unique within a kind, also when case is ignored: Windows and macOS file systems cannot hold
 * `wonen.md` and `Wonen.md` side by side (it happens after a rename that only changed case).
 */
import { m } from '../../../i18n/index.js';
import { message, START, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { AGENDA_DIR, isValidId, KIND_FOLDER } from '../../../content/kinds.js';

const FOLDERS = new Set(Object.values(KIND_FOLDER));

export function ids(content: Content): Message[] {
  // every file the loader looked at: parsed ones (their names are valid ids), and refused ones (with a message)
  const groups = new Map<string, string[]>();
  const add = (file: string, stem: string, folder: string): void => {
    const key = `${folder}/${stem}`; // not a path: a key per folder and id
    const group = groups.get(key);
    if (!group) groups.set(key, [file]);
    else if (!group.includes(file)) group.push(file);
  };
  for (const file of content.sources.keys()) {
    const slash = file.lastIndexOf('/');
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: sources hold only the settings files in agenda/ (their keys collide with nothing) and .md entries
    if (slash <= AGENDA_DIR.length || !file.endsWith('.md')) continue;
    add(file, file.slice(slash + 1, -3), file.slice(AGENDA_DIR.length + 1, slash));
  }
  for (const { file } of content.messages) {
    const parts = file.split('/');
    if (parts.length !== 3 || parts[0] !== AGENDA_DIR || !FOLDERS.has(parts[1]!) || !parts[2]!.toLowerCase().endsWith('.md')) continue;
    add(file, parts[2]!.slice(0, -3).normalize('NFC').toLowerCase(), parts[1]!);
  }
  const out: Message[] = [];
  for (const [key, group] of groups) {
    // Stryker disable next-line ConditionalExpression: a group of one sorts to itself and names nothing (speed only)
    if (group.length < 2) continue;
    const stem = (f: string): string => f.slice(f.lastIndexOf('/') + 1, -3);
    // Stryker disable next-line EqualityOperator,ConditionalExpression: a tie-break of distinct names; 0 or 1 for a > b sorts alike (only a result below 0 moves a name)
    group.sort((a, b) => Number(isValidId(stem(b))) - Number(isValidId(stem(a))) || (a < b ? -1 : a > b ? 1 : 0));
    for (const file of group.slice(1)) {
      out.push(message(file, START, 'error', 'id-duplicate', m.validate.idDuplicate(key.split('/')[1]!, group[0]!)));
    }
  }
  return out;
}
