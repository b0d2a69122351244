/**
 * Ids are unique within a kind, also when case is ignored: Windows and macOS file systems cannot hold
 * `wonen.md` and `Wonen.md` side by side (it happens after a rename that only changed case).
 */
import { m } from '../../../i18n/index.js';
import { message, START, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { isValidId, KIND_FOLDER } from '../../../content/kinds.js';

const FOLDERS = new Set(Object.values(KIND_FOLDER));

export function ids(content: Content): Message[] {
  // every file the loader looked at: parsed ones, and the refused ones (they have a message)
  const files = new Set(content.sources.keys());
  for (const msg of content.messages) files.add(msg.file);
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const parts = file.split('/');
    if (parts.length !== 3 || parts[0] !== 'agenda' || !FOLDERS.has(parts[1]!) || !parts[2]!.toLowerCase().endsWith('.md')) continue;
    let stem = parts[2]!.slice(0, -3);
    if (!isValidId(stem)) stem = stem.normalize('NFC').toLowerCase();
    const key = `${parts[1]}/${stem}`;
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  const out: Message[] = [];
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const stem = (f: string): string => f.slice(f.lastIndexOf('/') + 1, -3);
    group.sort((a, b) => Number(isValidId(stem(b))) - Number(isValidId(stem(a))) || (a < b ? -1 : a > b ? 1 : 0));
    for (const file of group.slice(1)) {
      out.push(message(file, START, 'error', 'id-duplicate', m.validate.idDuplicate(key.split('/')[1]!, group[0]!)));
    }
  }
  return out;
}
