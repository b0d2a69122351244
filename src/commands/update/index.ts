/**
 * `k80 update action|practice|topic <id>`: the common edits of an existing entry (status, title, summary)
 * and a dated progress note under `## Voortgang`; an action's `updated` is set. The frontmatter keeps its
 * comments and layout. Validated before writing, replaced atomically, committed alone.
 */
import { join } from 'node:path';
import { m } from '../../i18n/index.js';
import { CancelledError, ContentError, UsageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';
import type { Message } from '../../core/message.js';
import { readAgenda, validators } from '../../content/read.js';
import { loadContent, rawBytes } from '../../content/load.js';
import { maxLength } from '../../content/schema-facts.js';
import { AGENDA_DIR, KIND_FOLDER } from '../../content/kinds.js';
import type { Entry } from '../../content/types.js';
import { cleanLine, cleanText, today } from '../../content/entry-text.js';
import { replaceFile } from '../../content/write.js';
import { slugify } from '../../content/id.js';
import { createPrompter, type Prompter } from '../../prompts/index.js';
import { pickOne } from '../../prompts/pick.js';
import type { BaseOptions, Outcome } from '../types.js';
import { checkCandidate, InvalidInputError, renderWarnings } from '../shared/candidate.js';
import { confirmWrite, statusChoices } from '../shared/confirm.js';
import { checkTarget, preflight, publishedLines, unchangedSince, writeAndCommit, type GitPlan, type Published } from '../shared/publish.js';
import { textStyle, toLf, withStyle } from '../../content/eol.js';
import { checkDateFlag } from '../shared/values.js';
import type { UpdateCliOptions, UpdateKind } from './options.js';
import { editEntry, statusLabel, type Changes } from './edit.js';
import { repoPath } from '../../core/paths.js';

export interface UpdateOptions extends UpdateCliOptions, BaseOptions {
  /** Replaces the terminal prompts (tests); by default prompts are shown when `interactive`. */
  prompter?: Prompter;
}

export type { Changes } from './edit.js';

export interface UpdateResult {
  kind: UpdateKind;
  id: string;
  file: string;
  title: string;
  /** False when nothing had to change (nothing written, nothing committed). */
  changed: boolean;
  text: string;
  from?: string;
  to?: string;
  warnings: Message[];
  plan: GitPlan;
  published: Published;
}

const u = () => m.update;

function changesFromFlags(o: UpdateOptions): Changes {
  const c: Changes = {};
  if (o.title !== undefined) c.title = cleanLine(o.title);
  if (o.status !== undefined) c.status = cleanLine(o.status);
  if (o.summary !== undefined) c.summary = cleanLine(o.summary);
  if (o.note !== undefined && cleanText(o.note).trim() !== '') c.note = cleanText(o.note).trim();
  return c;
}

const hasAny = (c: Changes): boolean => Object.values(c).some((v) => v !== undefined);

/** Find the entry, or explain: a file with errors (exit 1) or an unknown id with the nearest one (exit 2). */
function findEntry(kind: UpdateKind, id: string, entries: ReadonlyArray<Entry>, paths: readonly string[]): Entry {
  const entry = entries.find((e) => e.id === id);
  if (entry) return entry;
  const file = repoPath(AGENDA_DIR, KIND_FOLDER[kind], `${id}.md`);
  if (paths.includes(file)) throw new ContentError(u().invalidFile(file), u().invalidFileHint);
  const ids = entries.map((e) => e.id);
  const byTitle = entries.find((e) => (e.data as { title: string }).title.toLowerCase() === id.toLowerCase())?.id;
  const slug = slugify(id, '-');
  const guess = byTitle ?? closest(id, ids) ?? closest(slug, ids) ?? ids.find((x) => x.includes(slug));
  throw new UsageError(u().unknown(kind, id), guess ? m.common.didYouMean(guess) : u().unknownHint(kind));
}

/** Pick the entry to update by its title (`k80 update action` without an id, in a terminal). */
async function pickEntry(p: Prompter, kind: UpdateKind, entries: readonly Entry[]): Promise<Entry> {
  if (entries.length === 0) throw new UsageError(u().noEntries(kind), u().noEntriesHint(kind));
  const describe = (e: Entry): string => {
    const d = e.data as { status?: string; municipality?: string; date?: string };
    if (kind === 'practice') return [d.municipality, d.date].filter(Boolean).join(', ');
    return statusChoices(kind).find((c) => c.value === d.status)?.name ?? d.status ?? '';
  };
  return pickOne(p, u().form.pick(kind), entries.map((e) => ({ value: e, id: e.id, title: (e.data as { title: string }).title, description: describe(e) })));
}

async function ask(p: Prompter, kind: UpdateKind, entry: Entry): Promise<Changes> {
  const c: Changes = {};
  const data = entry.data as { title: string; status?: string; summary?: string };
  p.say(u().form.intro(entry.file, data.title));
  if (kind === 'practice') {
    const title = await p.input({ message: u().form.title, default: data.title, required: true, limit: maxLength('practice', ['title']) });
    if (title !== data.title) c.title = title;
    const summary = await p.input({ message: u().form.summary, default: data.summary ?? '', required: true, limit: maxLength('practice', ['summary']), count: true });
    if (summary !== data.summary) c.summary = summary;
  } else {
    const choices = statusChoices(kind).map((x) => (x.value === data.status ? { ...x, name: u().form.current(x.name) } : x));
    const status = await p.select({ message: u().form.status, choices, default: data.status });
    if (status !== data.status) c.status = status;
  }
  const note = await p.input({ message: u().form.note });
  if (note !== '') c.note = note;
  return c;
}

export async function update(options: UpdateOptions): Promise<UpdateResult> {
  const { kind, root } = options;
  let changes = changesFromFlags(options);
  checkDateFlag(options.date);
  // a terminal: ask for what the flags leave open (the entry, the changes)
  const terminal = options.prompter ?? (options.interactive ? createPrompter() : undefined);
  if (!terminal && options.id === undefined) throw new UsageError(u().noId(kind), u().noIdHint(kind));
  const prompter = hasAny(changes) ? undefined : terminal;
  if (!prompter && !hasAny(changes)) throw new UsageError(u().nothingGiven(kind), u().nothingGivenHint(kind));

  const read = readAgenda(root);
  const content = loadContent(read.files, validators(), read.messages);
  const entries = content.entries[kind] as Entry[];
  const entry = options.id !== undefined ? findEntry(kind, options.id, entries, read.files.map((f) => f.path)) : await pickEntry(terminal!, kind, entries);
  const flags = { commit: options.commit, branch: options.branch };
  let plan = preflight(root, flags);

  if (prompter && !hasAny(changes)) changes = await ask(prompter, kind, entry);

  const data = entry.data as { title: string; status?: string; summary?: string };
  const date = options.date ?? today();
  const from = data.status;
  const statusChanged = changes.status !== undefined && changes.status !== from;
  const titleChanged = changes.title !== undefined && changes.title !== data.title;
  const summaryChanged = changes.summary !== undefined && changes.summary !== data.summary;
  const title = titleChanged ? changes.title! : data.title;
  const base: Omit<UpdateResult, 'changed' | 'text' | 'warnings' | 'published'> = {
    kind, id: entry.id, file: entry.file, title, plan,
    ...(from !== undefined ? { from } : {}),
    ...(statusChanged ? { to: changes.status! } : {}),
  };
  if (!statusChanged && !titleChanged && !summaryChanged && changes.note === undefined) {
    return { ...base, changed: false, text: '', warnings: [], published: {} };
  }

  const raw = read.files.find((f) => f.path === entry.file)!;
  const source = typeof raw.bytes === 'string' ? raw.bytes : new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw.bytes);
  // patched as LF text, written back with the file's own line endings and BOM
  const style = textStyle(source);
  const edited = editEntry(kind, toLf(source), data, changes, date);
  const text = withStyle(edited.text, style);
  const message = edited.message;

  const check = checkCandidate(root, entry.file, text, read);
  if (check.errors.length > 0) {
    throw new InvalidInputError(check.errors, ([top]) =>
      top === 'updated' ? '--date' : top ? `--${top}` : undefined,
    );
  }
  plan = checkTarget(plan, root, entry.file, flags, `${kind}/${entry.id}`, true); // not a path: the default branch name
  if (prompter && options.yes !== true) {
    if (check.warnings.length > 0) prompter.say(renderWarnings(check.warnings));
    if (!(await confirmWrite(prompter, entry.file, text, plan.top !== undefined))) throw new CancelledError(m.common.cancelled);
  }

  const published = await writeAndCommit(plan, root, () => {
    replaceFile(join(root, entry.file), text);
    return entry.file;
  }, message, unchangedSince(root, entry.file, rawBytes(raw), plan.top));
  return { ...base, plan, changed: true, text, warnings: check.warnings, published };
}

export function render(r: UpdateResult): Outcome {
  if (!r.changed) return { stdout: `${u().unchanged(r.file)}\n${r.file}\n`, exitCode: 0 };
  const head = r.to !== undefined ? u().updatedStatus(r.title, statusLabel(r.kind, r.from ?? ''), statusLabel(r.kind, r.to)) : u().updated(r.title);
  const lines = [head, ...publishedLines(r.plan, r.published), r.file];
  return { stdout: `${lines.join('\n')}\n`, stderr: renderWarnings(r.warnings), exitCode: 0 };
}

export async function main(options: UpdateOptions): Promise<Outcome> {
  return render(await update(options));
}
