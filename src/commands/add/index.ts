/**
 * `k80 add practice|action|topic`: a new entry from flags and (in a terminal) a short Dutch form, validated
 * before anything is written, written atomically under a fresh id, committed alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { m } from '../../i18n/index.js';
import { CancelledError, UsageError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import { readAgenda, validators } from '../../content/read.js';
import { loadContent } from '../../content/load.js';
import { AGENDA_DIR, KIND_FOLDER } from '../../content/kinds.js';
import { serializeEntry, today } from '../../content/entry-text.js';
import { slugify, uniqueId } from '../../content/id.js';
import { writeNewFile } from '../../content/write.js';
import { LIMITS } from '../../content/frontmatter.js';
import { readTextInput } from '../shared/input.js';
import { createPrompter, type Prompter } from '../../prompts/index.js';
import { readRecovery, recoveryPath, removeRecovery, saveRecovery, watchEditor } from '../../prompts/recovery.js';
import type { BaseOptions, Outcome } from '../types.js';
import type { AddCliOptions } from './options.js';
import {
  FALLBACK_ID,
  FIELD_FLAG,
  LINE_FIELDS,
  addCommitMessage,
  cleanDraft,
  missingFields,
  practiceTemplate,
  toBody,
  toData,
  type AddKind,
  type Draft,
} from './draft.js';
import { extraMailboxes } from '../validate/checks/personal.js';
import { checkCandidate, InvalidInputError, renderWarnings } from '../shared/candidate.js';
import { fillDraft, forget, pickField, previewChoice, type FormContext } from './form.js';
import { checkTarget, pathInRepo, preflight, publishedLines, writeAndCommit, type GitPlan, type Published } from '../shared/publish.js';
import { inHead } from '../../git/commit.js';
import { repoPath } from '../../core/paths.js';

export interface AddOptions extends AddCliOptions, BaseOptions {
  /** Replaces the terminal prompts (tests); by default prompts are shown when `interactive`. */
  prompter?: Prompter;
}

export interface AddResult {
  kind: AddKind;
  id: string;
  /** Repository-relative path of the new file. */
  file: string;
  text: string;
  title: string;
  warnings: Message[];
  plan: GitPlan;
  published: Published;
}

/** The flag that sets the frontmatter field a message is about (`['contact', 'email']` → `--contact-email`). */
function flagOfKeys([top, sub]: string[]): string | undefined {
  if (top === 'contact') return `--contact-${sub === 'municipality' || sub === 'name' || sub === 'email' ? sub : 'role'}`;
  if (top === 'raised_by' || top === 'lead') return sub === 'role' || sub === 'name' ? `--${sub}` : '--municipality';
  const field = top === 'theme' ? 'themes' : top;
  return field !== undefined && Object.hasOwn(FIELD_FLAG, field) ? FIELD_FLAG[field as keyof Draft] : undefined;
}

/** The draft as the flags give it. */
async function draftFromFlags(o: AddOptions): Promise<Draft> {
  if (o.body !== undefined && o.bodyFile !== undefined) throw new UsageError(m.add.bodyTwice, m.add.bodyTwiceHint);
  let body = o.body;
  if (o.bodyFile !== undefined) {
    body = await readTextInput(o.bodyFile, { cwd: o.cwd, limit: LIMITS.fileBytes, flag: '--body-file' });
  }
  const d: Draft = { themes: o.theme ?? [], tags: o.tag ?? [], links: o.link ?? [], body };
  for (const key of LINE_FIELDS) d[key] = o[key];
  const clean = cleanDraft(d);
  // the date exactly as given: " 2025-02-01" or "" is refused (as by update), not trimmed into a valid one
  if (o.date !== undefined) clean.date = o.date;
  return clean;
}

/**
 * The id of a file of this entry that an earlier `k80 add` wrote but did not commit: same base id, exactly
 * the same text, and not in HEAD (with --no-commit: just the same text). Undefined when there is none.
 */
function leftOver(root: string, folder: string, base: string, taken: readonly string[], text: string, top: string | undefined): string | undefined {
  for (const id of taken) {
    if (id !== base && !(id.startsWith(`${base}-`) && /^\d+$/.test(id.slice(base.length + 1)))) continue;
    const file = repoPath(folder, `${id}.md`);
    let same: boolean;
    try {
      same = readFileSync(join(root, file), 'utf8') === text;
    } catch {
      continue;
    }
    if (same && (top === undefined || !inHead(top, pathInRepo(top, root, file)))) return id;
  }
  return undefined;
}

function requireComplete(kind: AddKind, d: Draft): void {
  const missing = missingFields(kind, d);
  if (missing.length > 0) {
    throw new UsageError(m.add.missing(missing.map((k) => FIELD_FLAG[k])), m.add.missingHint(kind));
  }
  if (kind === 'action' && d.themes.length > 1) throw new UsageError(m.add.oneTheme, m.add.oneThemeHint);
}

export async function add(options: AddOptions): Promise<AddResult> {
  const { kind, root } = options;
  const draft = await draftFromFlags(options);
  const prompter = options.prompter ?? (options.interactive ? createPrompter() : undefined);
  if (!prompter) {
    if (options.edit) throw new UsageError(m.add.editNeedsTerminal, m.add.editNeedsTerminalHint);
    requireComplete(kind, draft);
  }
  const plan = preflight(root, { commit: options.commit, branch: options.branch });

  const read = readAgenda(root);
  const content = loadContent(read.files, validators(), read.messages);
  const now = today();
  const form: FormContext = {
    kind,
    members: content.settings?.members ?? [],
    themes: [...content.entries.theme].sort((a, b) => a.data.order - b.data.order),
    today: now,
    requiredOnly: options.yes === true,
    edit: options.edit === true,
    mailboxes: extraMailboxes(content.settings?.functional_mailboxes),
  };
  // the text written in the editor is kept when the command stops before it is saved, and offered next time
  const recovery = prompter ? recoveryPath(root, kind) : undefined;
  let editorText: string | undefined;
  let recovered = false;
  const asking = prompter && recovery !== undefined ? watchEditor(prompter, (text) => { editorText = text; }) : prompter;
  try {
    if (asking && recovery !== undefined && draft.body === undefined && options.yes !== true) {
      recovered = await offerRecovery(asking, recovery);
      if (recovered) draft.body = editorText = readRecovery(recovery);
    }
    return await addEntry(options, asking, draft, form, plan, read, content, now, () => {
      if (recovery !== undefined && recovered) removeRecovery(recovery);
    });
  } catch (e) {
    if (asking && recovery !== undefined && editorText !== undefined && worthKeeping(kind, editorText)) keepText(asking, recovery, kind, editorText);
    throw e;
  }
}

/** Was the editor's text more than the empty template? */
function worthKeeping(kind: AddKind, text: string): boolean {
  return text.trim() !== '' && text.trim() !== (kind === 'practice' ? practiceTemplate() : '').trim();
}

/** "Je hebt nog tekst van de vorige keer": use it (true), or throw it away (false). */
async function offerRecovery(p: Prompter, file: string): Promise<boolean> {
  const kept = readRecovery(file);
  if (kept === undefined) return false;
  const r = m.add.recovery;
  p.say(r.found(file));
  const use = await p.select({
    message: r.offer,
    choices: [
      { value: true, name: r.use },
      { value: false, name: r.discard },
    ],
    default: true,
  });
  if (!use) removeRecovery(file);
  return use;
}

/** Keep the editor's text in the recovery file and say where; a failure to keep it is said, never thrown. */
function keepText(p: Prompter, file: string, kind: AddKind, text: string): void {
  try {
    saveRecovery(file, text);
    p.say(m.add.recovery.kept(file, kind));
  } catch {
    p.say(m.add.recovery.notKept(file));
  }
}

/** The form (when asked), the preview loop, the write and the commit. `saved` runs once the entry is saved. */
async function addEntry(
  options: AddOptions,
  prompter: Prompter | undefined,
  given: Draft,
  form: FormContext,
  startPlan: GitPlan,
  read: ReturnType<typeof readAgenda>,
  content: ReturnType<typeof loadContent>,
  now: string,
  saved: () => void,
): Promise<AddResult> {
  const { kind, root } = options;
  const flags = { commit: options.commit, branch: options.branch };
  let draft = given;
  let plan = startPlan;
  if (prompter) {
    draft = cleanDraft(await fillDraft(prompter, form, draft));
    requireComplete(kind, draft);
  }

  const folder = repoPath(AGENDA_DIR, KIND_FOLDER[kind]);
  const taken = read.files
    .filter((f) => f.path.startsWith(`${folder}/`))
    .map((f) => f.path.slice(folder.length + 1).replace(/\.md$/i, ''));
  let base: string;
  let id: string;
  let file: string;
  let text: string;
  let check: ReturnType<typeof checkCandidate>;
  let again: string | undefined;
  // the preview: "Opslaan", "Iets aanpassen" (one field again, the other answers kept) or "Afbreken"
  for (;;) {
    base = slugify(draft.title ?? '', FALLBACK_ID[kind]);
    id = uniqueId(base, taken);
    file = repoPath(folder, `${id}.md`);
    text = serializeEntry(kind, toData(kind, draft, now), toBody(kind, draft));
    // the same entry written before but not committed (a refused hook, a failed commit): commit that file
    again = plan.top !== undefined ? leftOver(root, folder, base, taken, text, plan.top) : undefined;
    if (again !== undefined) {
      id = again;
      file = repoPath(folder, `${id}.md`);
    }
    check = checkCandidate(root, file, text, read);
    if (check.errors.length > 0) throw new InvalidInputError(check.errors, flagOfKeys);
    plan = checkTarget(plan, root, file, flags, `${kind}/${id}`, false); // not a path: the default branch name
    if (!prompter || options.yes === true) break;
    if (check.warnings.length > 0) prompter.say(renderWarnings(check.warnings));
    const choice = await previewChoice(prompter, file, text, plan.top !== undefined);
    if (choice === 'save') break;
    if (choice === 'cancel') throw new CancelledError(m.common.cancelled);
    const field = await pickField(prompter, kind);
    draft = cleanDraft(await fillDraft(prompter, { ...form, only: field }, forget(draft, field)));
    requireComplete(kind, draft);
  }

  const themeTitle = content.entries.theme.find((t) => t.id === draft.themes[0])?.data.title;
  const published = await writeAndCommit(plan, root, () => {
    if (again !== undefined && leftOver(root, folder, base, [again], text, plan.top) === again) return file;
    // another process may have taken the id since it was chosen: take the next one
    while (!writeNewFile(join(root, file), text)) {
      taken.push(id);
      id = uniqueId(base, taken);
      file = repoPath(folder, `${id}.md`);
    }
    return file;
  }, addCommitMessage(kind, draft, themeTitle));
  saved();
  return { kind, id, file, text, title: draft.title ?? '', warnings: check.warnings, plan, published };
}

export function render(r: AddResult): Outcome {
  const lines = [m.add.added[r.kind](r.title), ...publishedLines(r.plan, r.published), r.file];
  return { stdout: `${lines.join('\n')}\n`, stderr: renderWarnings(r.warnings), exitCode: 0 };
}

export async function main(options: AddOptions): Promise<Outcome> {
  return render(await add(options));
}
