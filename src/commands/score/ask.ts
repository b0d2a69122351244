/** The questions of `k80 score` in a terminal, through the prompt layer (replaceable in tests). */
import { m } from '../../i18n/index.js';
import { UsageError } from '../../core/errors.js';
import type { Entry, Framework } from '../../content/types.js';
import type { Prompter } from '../../prompts/index.js';
import { pickOne } from '../../prompts/pick.js';
import { criterionName, formatNumber } from './render.js';

const t = m.score;

/** Choose one of the open topics, newest first: type to search by title. */
export async function pickTopic(prompter: Prompter, topics: ReadonlyArray<Entry<'topic'>>): Promise<Entry<'topic'>> {
  const open = topics.filter((e) => e.data.status === 'open');
  if (open.length === 0) throw new UsageError(t.noOpenTopics, t.noOpenTopicsHint);
  const newest = [...open].sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : 0));
  return pickOne(
    prompter,
    t.prompt.pickTopic,
    newest.map((e) => ({ value: e, id: e.id, title: e.data.title, description: `${e.data.raised_by.municipality}, ${e.data.date}` })),
  );
}

/**
 * What each value of the scale means for one criterion, where its help text says so ("0 = raakt kleine
 * gemeenten niet anders …; 3 = …"): the value's own meaning by value, within the scale.
 */
export function criterionMeanings(help: string, min: number, max: number): Record<number, string> {
  const out: Record<number, string> = {};
  for (const match of help.matchAll(/(?<![\w-])(\d+)\s*=\s*(.+?)(?=\s*(?:;|\.\s|\.?$))/g)) {
    const value = Number(match[1]);
    if (value >= min && value <= max && !Object.hasOwn(out, value)) out[value] = match[2]!.trim();
  }
  return out;
}

/**
 * A score per criterion that `given` lacks: the question, the help text and the scale's labels, each with
 * the criterion's own meaning where its help gives one. `previous` (an earlier weighing) is the default.
 */
export async function askScores(
  prompter: Prompter,
  framework: Framework,
  given: Record<string, number>,
  previous: Record<string, number> = {},
): Promise<Record<string, number>> {
  const scores = { ...given };
  const { min, max, labels } = framework.scale;
  const count = framework.criteria.length;
  for (const [i, c] of framework.criteria.entries()) {
    if (Object.hasOwn(scores, c.id)) continue;
    prompter.say(`\n${t.prompt.criterionHeading(i + 1, count, criterionName(c.id), formatNumber(c.weight), c.knockout === true)}\n${c.help}`);
    const meanings = criterionMeanings(c.help, min, max);
    const before = previous[c.id];
    const choices = [];
    for (let v = min; v <= max; v++) {
      const label = t.prompt.choice(v, labels[String(v)] ?? '', meanings[v]);
      choices.push({ value: v, name: v === before ? t.prompt.previousChoice(label) : label });
    }
    scores[c.id] = await prompter.select({ message: c.question, choices, ...(before !== undefined ? { default: before } : {}) });
  }
  return scores;
}

/** The scores of an earlier weighing that still fit the framework (its criteria and scale). */
export function previousScores(framework: Framework, assessment: { scores?: Record<string, number> } | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  const { min, max } = framework.scale;
  for (const c of framework.criteria) {
    const v = assessment?.scores?.[c.id];
    if (Number.isInteger(v) && v! >= min && v! <= max) out[c.id] = v!;
  }
  return out;
}

export function askBy(prompter: Prompter, limit: number): Promise<string> {
  return prompter.input({ message: t.prompt.by, default: t.defaultBy, required: true, limit });
}

export function askNote(prompter: Prompter, limit: number): Promise<string> {
  return prompter.input({ message: t.prompt.note, limit });
}
