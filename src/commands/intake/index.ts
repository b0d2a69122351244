/**
 * `k80 intake --form practice|progress|topic --body-file FILE [--issue N] [--comment-file FILE]`: the body
 * of a submitted issue form becomes the same draft that `k80 add` (practice, topic) or `k80 update action`
 * (progress) builds, checked the same way, and is committed alone on the branch `intake/<N>-<id>`, made
 * afresh from the current commit (a re-submission after an edit rebuilds the same branch). Problems: exit 1,
 * nothing written, and a Dutch comment naming each field by its label. The body is untrusted: bounded,
 * cleaned, never run.
 */
import { dirname, join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { m } from '../../i18n/index.js';
import { ContentError, UsageError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import { readAgenda, validators } from '../../content/read.js';
import { loadContent, rawBytes } from '../../content/load.js';
import { AGENDA_DIR, KIND_FOLDER } from '../../content/kinds.js';
import { serializeEntry, today } from '../../content/entry-text.js';
import { slugify, uniqueId } from '../../content/id.js';
import { replaceFile, writeNewFile } from '../../content/write.js';
import { currentBranch, switchFresh } from '../../git/branch.js';
import type { BaseOptions, Outcome } from '../types.js';
import { FALLBACK_ID, addCommitMessage, toBody, toData, type AddKind } from '../add/draft.js';
import { checkCandidate, fieldKeys } from '../shared/candidate.js';
import { checkTarget, preflight, unchangedSince, writeAndCommit } from '../shared/publish.js';
import { textStyle, toLf, withStyle } from '../../content/eol.js';
import { editEntry } from '../update/edit.js';
import { buildForm, formSource, formYaml, type Form } from '../forms/build.js';
import type { IntakeCliOptions } from './options.js';
import { MAX_BODY_CHARS, parseBody, tooLarge, type Problem } from './parse.js';
import { InputTooLarge, readTextInput } from '../shared/input.js';
import { draftFromForm, progressFromForm } from './values.js';
import { problemsComment, problemsText, successComment } from './comment.js';
import { repoPath } from '../../core/paths.js';

export interface IntakeOptions extends IntakeCliOptions, BaseOptions {}

export interface IntakeResult {
  file: string;
  branch: string;
  commit: string;
  message: string;
  title: string;
  warnings: Message[];
}

/** The prefix of every intake branch. */
const BRANCH_PREFIX = 'intake/';

/** Bytes read at most from the body file: the character limit in the widest UTF-8 (more is refused unread). */
const MAX_BODY_BYTES = MAX_BODY_CHARS * 4;

/** The body file's text (`-`: standard input), or `undefined` when it is over the limit (refused unread). */
async function readBody(cwd: string, path: string): Promise<string | undefined> {
  try {
    return await readTextInput(path, { cwd, limit: MAX_BODY_BYTES, flag: '--body-file', hint: m.intake.bodyFileHint, nul: true });
  } catch (e) {
    if (e instanceof InputTooLarge) return undefined;
    throw e;
  }
}

function writeComment(options: IntakeOptions, text: string): void {
  if (options.commentFile === undefined) return;
  const target = resolve(options.cwd, options.commentFile);
  mkdirSync(dirname(target), { recursive: true });
  replaceFile(target, text);
}

/** Problems: the comment is written, then exit 1 with each problem named by its label. */
class IntakeProblems extends ContentError {
  constructor(form: Form, problems: readonly Problem[]) {
    super(problemsText(form, problems), m.intake.nothingWritten);
  }
}

/** The form field that set a frontmatter key path, per form (messages of the checks → labels). */
function fieldOfKeys(form: Form, municipalityField: string, [top, sub]: string[]): string | undefined {
  if (form.kind === 'progress') {
    if (top === 'status') return 'status';
    if (top === 'updated') return 'date';
    return 'note';
  }
  if (top === 'body') return 'description';
  if (top === 'contact') return sub === 'email' ? 'contact_email' : 'contact_role';
  if (top === 'raised_by') return sub === 'role' ? 'role' : municipalityField;
  if (top === 'municipality') return municipalityField;
  return form.fields.some((f) => f.id === top) ? top : undefined;
}

function issueNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,9}$/.test(value)) throw new UsageError(m.intake.issueInvalid(value), m.intake.issueInvalidHint);
  return Number(value);
}

export async function intake(options: IntakeOptions): Promise<IntakeResult> {
  const { root } = options;
  const issue = issueNumber(options.issue);
  const body = await readBody(options.cwd, options.bodyFile);

  const read = readAgenda(root);
  const content = loadContent(read.files, validators(), read.messages);
  if (!content.settings || content.entries.theme.length === 0) throw new ContentError(m.intake.agendaInvalid, m.intake.agendaInvalidHint);
  const src = formSource(content);
  const form = buildForm(options.form, src);
  // typed on the name, so that the code after `fail(...)` knows it returned nothing
  const fail: (problems: readonly Problem[]) => never = (problems) => {
    writeComment(options, problemsComment(form, problems));
    throw new IntakeProblems(form, problems);
  };

  if (body === undefined) fail([tooLarge()]);
  const parsed = parseBody(form, formYaml(form, src.network), body);
  if (parsed.problems.length > 0) fail(parsed.problems);

  // git can be used at all (before anything is built or written)
  let plan = preflight(root, { commit: true });
  const on = currentBranch(plan.top!);
  if (on?.startsWith(BRANCH_PREFIX)) throw new UsageError(m.intake.onIntakeBranch(on), m.intake.onIntakeBranchHint);

  const now = today();
  let file: string;
  let text: string;
  let title: string;
  let id: string;
  let message: string;
  let existing: boolean;
  let fieldOf: (keys: string[]) => string | undefined;
  let recheck: (() => void) | undefined;
  if (options.form === 'progress') {
    const p = progressFromForm(form, parsed.values, src);
    if (p.problems.length > 0) fail(p.problems);
    const entry = content.entries.action.find((a) => a.id === p.action)!;
    const raw = read.files.find((f) => f.path === entry.file)!;
    const source = typeof raw.bytes === 'string' ? raw.bytes : new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw.bytes);
    // patched as LF text, written back with the file's own line endings and BOM (as k80 update does)
    const edit = editEntry('action', toLf(source), entry.data, p.changes, p.date ?? now);
    if (!edit.changed) fail([{ field: 'note', message: m.intake.noChange, fix: m.intake.noChangeFix }]);
    text = withStyle(edit.text, textStyle(source));
    title = edit.title;
    recheck = unchangedSince(root, entry.file, rawBytes(raw), undefined);
    file = entry.file;
    id = entry.id;
    existing = true;
    const suffix = issue !== undefined ? m.intake.commitSuffix(issue) : '';
    message = `${edit.subject}${suffix}${edit.message.slice(edit.subject.length)}`;
    fieldOf = (keys) => fieldOfKeys(form, 'municipality', keys);
  } else {
    const kind: AddKind = options.form === 'practice' ? 'practice' : 'topic';
    const d = draftFromForm(form, parsed.values, src);
    if (d.problems.length > 0) fail(d.problems);
    const folder = repoPath(AGENDA_DIR, KIND_FOLDER[kind]);
    const taken = read.files
      .filter((f) => f.path.startsWith(`${folder}/`))
      .map((f) => f.path.slice(folder.length + 1).replace(/\.md$/i, ''));
    id = uniqueId(slugify(d.draft.title ?? '', FALLBACK_ID[kind]), taken);
    file = repoPath(folder, `${id}.md`);
    text = serializeEntry(kind, toData(kind, d.draft, now), toBody(kind, d.draft));
    title = d.draft.title ?? '';
    existing = false;
    const themeTitle = content.entries.theme.find((t) => t.id === d.draft.themes[0])?.data.title;
    message = `${addCommitMessage(kind, d.draft, themeTitle)}${issue !== undefined ? m.intake.commitSuffix(issue) : ''}`;
    fieldOf = (keys) => fieldOfKeys(form, d.municipalityField, keys);
  }

  const check = checkCandidate(root, file, text, read);
  if (check.errors.length > 0) {
    const problems: Problem[] = [];
    for (const x of check.errors) {
      const field = fieldOf(fieldKeys(x));
      if (field !== undefined && problems.some((p) => p.field === field)) continue;
      problems.push({ ...(field !== undefined ? { field } : {}), message: x.message, fix: x.suggestion ?? m.intake.fixGeneric });
    }
    fail(problems);
  }

  const branch = `${BRANCH_PREFIX}${issue !== undefined ? `${issue}-` : ''}${id}`;
  plan = checkTarget(plan, root, file, {}, branch, existing);
  switchFresh(plan.top!, branch);
  const published = await writeAndCommit(plan, root, () => {
    if (existing) replaceFile(join(root, file), text);
    else if (!writeNewFile(join(root, file), text)) throw new ContentError(m.intake.fileTaken(file), m.intake.fileTakenHint);
    return file;
  }, message, recheck);
  writeComment(options, successComment(title, file, branch, check.warnings));
  return { file, branch, commit: published.commit ?? '', message, title, warnings: check.warnings };
}

export function render(r: IntakeResult): Outcome {
  const lines = [
    m.intake.created(r.file, r.branch),
    m.add.git.committed(r.commit.slice(0, 7), r.message.split('\n')[0] ?? ''),
    r.branch,
    r.file,
  ];
  const warnings = r.warnings.map((w) => `${m.common.warningPrefix} ${w.message}\n`).join('');
  return { stdout: `${lines.join('\n')}\n`, stderr: warnings, exitCode: 0 };
}

export async function main(options: IntakeOptions): Promise<Outcome> {
  return render(await intake(options));
}
