/**
 * Pure: the text of an updated entry and its commit subject, from the entry's current text and the changes
 * (status, title, summary, a dated progress note under `## Voortgang`; an action's `updated` is set).
 * Shared by `k80 update` and `k80 intake --form progress`: one way to write a progress note.
 */
import { m } from '../../i18n/index.js';
import { cleanText, patchEntryText, splitEntryText } from '../../content/entry-text.js';
import { appendProgress } from '../../content/sections.js';
import type { UpdateKind } from './options.js';

/** What changes: each field undefined = unchanged. */
export interface Changes {
  title?: string;
  status?: string;
  summary?: string;
  note?: string;
}

export interface Edit {
  /** False when nothing has to change. */
  changed: boolean;
  statusChanged: boolean;
  /** The title after the edit. */
  title: string;
  text: string;
  /** Commit subject (without body). */
  subject: string;
  /** Full commit message: the subject, and the note as its body. */
  message: string;
}

/** A status in a sentence: "gepland", "niet opgepakt". */
export function statusLabel(kind: UpdateKind, status: string): string {
  const labels: Record<string, string> = kind === 'topic' ? m.common.labels.topicStatus : m.common.labels.status;
  return (labels[status] ?? status).toLowerCase();
}

export function editEntry(
  kind: UpdateKind,
  original: string,
  data: { title: string; status?: string; summary?: string },
  changes: Changes,
  date: string,
): Edit {
  const u = m.update;
  const from = data.status;
  const statusChanged = changes.status !== undefined && changes.status !== from;
  const titleChanged = changes.title !== undefined && changes.title !== data.title;
  const summaryChanged = changes.summary !== undefined && changes.summary !== data.summary;
  const title = titleChanged ? changes.title! : data.title;
  if (!statusChanged && !titleChanged && !summaryChanged && changes.note === undefined) {
    return { changed: false, statusChanged, title, text: original, subject: '', message: '' };
  }
  const patch: Record<string, unknown> = {};
  if (titleChanged) patch.title = changes.title;
  if (summaryChanged) patch.summary = changes.summary;
  if (statusChanged) patch.status = changes.status;
  if (kind === 'action') patch.updated = date;
  const parts: string[] = [];
  if (statusChanged) parts.push(u.statusNote(statusLabel(kind, from ?? ''), statusLabel(kind, changes.status!)));
  if (changes.note !== undefined) parts.push(changes.note);
  const body = parts.length > 0 ? appendProgress(splitEntryText(original)?.body ?? '', date, cleanText(parts.join(' '))) : undefined;
  const text = patchEntryText(kind, original, patch, body);
  const detail = statusChanged ? u.commitStatus(statusLabel(kind, changes.status!)) : changes.note !== undefined ? u.commitProgress : undefined;
  const subject = u.commit[kind](title, detail);
  const message = changes.note !== undefined ? `${subject}\n\n${changes.note}` : subject;
  return { changed: true, statusChanged, title, text, subject, message };
}
