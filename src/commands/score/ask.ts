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

/** A score per criterion that `given` lacks: the question, the help text and the scale's labels. */
export async function askScores(prompter: Prompter, framework: Framework, given: Record<string, number>): Promise<Record<string, number>> {
  const scores = { ...given };
  const { min, max, labels } = framework.scale;
  const count = framework.criteria.length;
  for (const [i, c] of framework.criteria.entries()) {
    if (Object.hasOwn(scores, c.id)) continue;
    prompter.say(`\n${t.prompt.criterionHeading(i + 1, count, criterionName(c.id), formatNumber(c.weight), c.knockout === true)}\n${c.help}`);
    const choices = [];
    for (let v = min; v <= max; v++) choices.push({ value: v, name: t.prompt.choice(v, labels[String(v)] ?? '') });
    scores[c.id] = await prompter.select({ message: c.question, choices });
  }
  return scores;
}

export function askBy(prompter: Prompter, limit: number): Promise<string> {
  return prompter.input({ message: t.prompt.by, default: t.defaultBy, required: true, limit });
}

export function askNote(prompter: Prompter, limit: number): Promise<string> {
  return prompter.input({ message: t.prompt.note, limit });
}
