/**
 * `k80 score <topic>`: weigh a current topic with the afwegingskader. Scores come from `--set` or, in a
 * terminal, from prompts; the result (table, total, verdict, knockout, robustness) is shown, and unless
 * `--dry-run` the topic gets `assessment` and `status: assessed`, committed alone (unless `--no-commit`).
 */
import { maxLength } from '../../content/schema-facts.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { m } from '../../i18n/index.js';
import { CancelledError, ContentError, UsageError } from '../../core/errors.js';
import { hasErrors, sortMessages, type Message } from '../../core/message.js';
import { closest } from '../../core/suggest.js';
import { loadRepo, validators } from '../../content/read.js';
import type { Content } from '../../content/load.js';
import { parseEntrySource } from '../../content/frontmatter.js';
import { checkSchema } from '../../content/schema.js';
import { cleanLine, cleanText, patchEntryText, today } from '../../content/entry-text.js';
import { replaceFile } from '../../content/write.js';
import { KIND_FOLDER, AGENDA_DIR } from '../../content/kinds.js';
import type { Assessment, Entry, Framework } from '../../content/types.js';
import { checkTarget, preflight, unchangedSince, writeAndCommit } from '../shared/publish.js';
import { textStyle, toLf, withStyle } from '../../content/eol.js';
import { assess } from '../../scoring/assess.js';
import { sensitivity } from '../../scoring/sensitivity.js';
import { createPrompter, textLength, type Prompter } from '../../prompts/index.js';
import { FRAMEWORK_FILE, frameworkProblems } from '../validate/checks/framework.js';
import type { BaseOptions, Outcome } from '../types.js';
import type { ScoreCliOptions } from './options.js';
import { parseSets, requireAll } from './input.js';
import { askBy, askNote, askScores, pickTopic, previousScores } from './ask.js';
import { checkDateFlag } from '../shared/values.js';
import { renderWeighing, verdictName, type Weighing } from './render.js';
import { repoFolder, repoPath } from '../../core/paths.js';

const t = m.score;
/** Limits of `assessment.by` and `assessment.note`, from schemas/topic.schema.json. */
export const LIMITS = { by: maxLength('topic', ['assessment', 'by']), note: maxLength('topic', ['assessment', 'note']) } as const;

export interface ScoreOptions extends ScoreCliOptions, BaseOptions {
  /** The prompt layer (tests may pass their own); created on demand in a terminal. */
  prompter?: Prompter;
}

export interface ScoreResult {
  /** The topic, the framework, the scores and what follows from them (total, verdict, knockout, sensitivity). */
  weighing: Weighing;
  /** Repository-relative path of the topic file. */
  file: string;
  /** What was written (or, with --dry-run, would be written without `by`/`note` asked). */
  assessment: Assessment;
  dryRun: boolean;
  /** The new commit, or null (dry run, --no-commit). */
  commit: string | null;
  /** The weighing was already shown through the prompts. */
  shown: boolean;
}

/** `file:line:column  message` lines for an error. */
function listMessages(messages: readonly Message[]): string {
  return sortMessages([...messages])
    .filter((x) => x.severity === 'error')
    .map((x) => `  ${x.file}:${x.line}:${x.column}  ${x.message}${x.suggestion ? ` (${x.suggestion})` : ''} [${x.rule}]`)
    .join('\n');
}

/** The framework, or a ContentError with its positioned problems. */
function usableFramework(content: Content): Framework {
  const loaded = content.messages.filter((x) => x.file === FRAMEWORK_FILE);
  const source = content.sources.get(FRAMEWORK_FILE);
  const problems =
    content.framework && !hasErrors(loaded) ? frameworkProblems(content.framework, source) : loaded;
  if (!content.framework || hasErrors(problems)) {
    throw new ContentError(`${t.frameworkInvalid}\n${listMessages(problems)}`, t.frameworkInvalidHint);
  }
  return content.framework;
}

/** The topic entry by id, or the right error: content errors (exit 1), unknown id with a suggestion (exit 2). */
function findTopic(content: Content, id: string): Entry<'topic'> {
  const entry = content.entries.topic.find((e) => e.id === id);
  if (entry) return entry;
  const file = repoPath(AGENDA_DIR, KIND_FOLDER.topic, `${id}.md`);
  const own = content.messages.filter((x) => x.file === file);
  if (content.sources.has(file) || hasErrors(own)) {
    throw new ContentError(`${t.topicInvalid(file)}\n${listMessages(own)}`, t.contentHint);
  }
  const prefix = repoFolder(AGENDA_DIR, KIND_FOLDER.topic);
  const ids = [...content.sources.keys()].filter((p) => p.startsWith(prefix) && p.endsWith('.md')).map((p) => p.slice(prefix.length, -3));
  throw new UsageError(t.unknownTopic(id), t.unknownTopicHint(closest(id, ids)));
}

/** `--by`: one clean line, not empty, within the schema's limit. */
function checkBy(by: string | undefined): string | undefined {
  if (by === undefined) return undefined;
  const clean = cleanLine(by);
  if (clean === '') throw new UsageError(t.byEmpty, t.byEmptyHint);
  if (textLength(clean) > LIMITS.by) throw new UsageError(t.tooLong('--by', LIMITS.by, textLength(clean)), t.tooLongHint);
  return clean;
}

/** `--note`: clean text; empty means no note. */
function checkNote(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  const clean = cleanText(note).trim();
  if (textLength(clean) > LIMITS.note) throw new UsageError(t.tooLong('--note', LIMITS.note, textLength(clean)), t.tooLongHint);
  return clean === '' ? undefined : clean;
}

export async function score(o: ScoreOptions): Promise<ScoreResult> {
  const dryRun = o.dryRun === true;
  const commit = !dryRun && o.commit !== false;
  const date = checkDateFlag(o.date) ?? today();
  let by = checkBy(o.by);
  let note = checkNote(o.note);
  const content = loadRepo(o.root);
  const framework = usableFramework(content);
  const given = parseSets(o.set ?? [], framework);
  const prompter = o.interactive ? (o.prompter ?? createPrompter()) : undefined;

  let topic: Entry<'topic'>;
  if (o.topic !== undefined) topic = findTopic(content, o.topic);
  else if (prompter) topic = await pickTopic(prompter, content.entries.topic);
  else throw new UsageError(t.noTopic, t.noTopicHint);

  // everything that can stop the commit is checked before anyone answers a question
  const plan = checkTarget(preflight(o.root, { commit }), o.root, topic.file, { commit }, '', true);

  // weighed before: the scores of then are the defaults, and replacing that weighing is confirmed
  const before = topic.data.assessment;
  if (prompter && before !== undefined) prompter.say(`\n${t.prompt.previous(before.date, verdictName(before.verdict), before.total)}`);
  const scores = prompter ? await askScores(prompter, framework, given, previousScores(framework, before)) : requireAll(given, framework);
  const result = assess(framework, scores);
  const weighing: Weighing = { topic: topic.id, title: topic.data.title, framework, scores, result, sensitivity: sensitivity(framework, scores) };
  if (prompter) {
    prompter.say(`\n${renderWeighing(weighing, o.color)}`);
    if (!dryRun) {
      by ??= checkBy(await askBy(prompter, LIMITS.by));
      note ??= checkNote(await askNote(prompter, LIMITS.note));
      if (before !== undefined) {
        const message = commit ? t.prompt.confirmReplace(before.date) : t.prompt.confirmReplaceNoCommit(before.date);
        if (!(await prompter.confirm({ message, default: true }))) throw new CancelledError(m.common.cancelled);
      }
    }
  }

  const assessment: Assessment = {
    date,
    by: by ?? t.defaultBy,
    framework_version: framework.version,
    scores: Object.fromEntries(framework.criteria.map((c) => [c.id, scores[c.id]!])),
    total: result.total,
    verdict: result.verdict,
  };
  if (note !== undefined) assessment.note = note;

  const out: ScoreResult = { weighing, file: topic.file, assessment, dryRun, commit: null, shown: prompter !== undefined };
  if (dryRun) return out;

  const source = content.sources.get(topic.file)!;
  // the parsed text has no BOM; the file's own bytes say whether it had one and which line endings
  const style = textStyle(readFileSync(join(o.root, topic.file), 'utf8'));
  const text = withStyle(patchEntryText('topic', toLf(source.text), { status: 'assessed', assessment }), style);
  const check = parseEntrySource(topic.file, text);
  const problems = check.data === undefined ? check.messages : checkSchema(topic.file, check, validators().topic);
  if (hasErrors(problems)) throw new ContentError(`${t.invalidResult(topic.file)}\n${listMessages(problems)}`, t.contentHint);
  const message = t.commitMessage(topic.data.title, verdictName(result.verdict), result.total);
  const published = await writeAndCommit(plan, o.root, () => {
    replaceFile(join(o.root, topic.file), text);
    return topic.file;
  }, message, unchangedSince(o.root, topic.file, source.text, plan.top));
  return { ...out, commit: published.commit ?? null };
}

/** The JSON output (`--json`): the weighing as data; fields may be added, never removed. */
function jsonOf(r: ScoreResult): object {
  const { topic, result, sensitivity } = r.weighing;
  return {
    topic,
    scores: r.assessment.scores,
    total: result.total,
    verdict: result.verdict,
    knockout: result.knockout,
    sensitivity,
    file: r.file,
    written: !r.dryRun,
    commit: r.commit,
  };
}

/** The human output after the prompts (or all of it without a terminal). */
function renderResult(r: ScoreResult, color: boolean): string {
  const lines: string[] = [];
  if (!r.shown) lines.push(renderWeighing(r.weighing, color));
  if (r.dryRun) lines.push(t.dryRun);
  else {
    lines.push(t.written(r.file));
    lines.push(r.commit ? t.committed(r.commit.slice(0, 7)) : t.notCommitted);
  }
  return `${lines.join('\n')}\n`;
}

export async function main(o: ScoreOptions): Promise<Outcome> {
  const r = await score(o);
  return { stdout: o.json ? `${JSON.stringify(jsonOf(r), null, 2)}\n` : renderResult(r, o.color), exitCode: 0 };
}
