/**
 * A stored assessment (`k80 score`'s `assessment` in a topic) against the current afwegingskader. Under the
 * current `framework_version`: scores for exactly the framework's criteria, each an integer on its scale,
 * and a total and verdict that `assess()` agrees with (`assessment-mismatch`). Under another version: one
 * warning (`assessment-old-framework`) and nothing else, because that framework's criteria may differ and a
 * weighing made then stays a record of its time.
 * Skipped while the framework itself has problems (those are reported by the framework check).
 */
import { m } from '../../../i18n/index.js';
import { closest } from '../../../core/suggest.js';
import { didYouMean, hasErrors, message, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { assess } from '../../../scoring/assess.js';
import { parsedEntries, isRecord, type ParsedEntry } from './entries.js';
import { frameworkProblems, FRAMEWORK_FILE } from './framework.js';

const t = m.score.check;

export function assessment(content: Content): Message[] {
  const framework = content.framework;
  if (!framework || hasErrors(frameworkProblems(framework, content.sources.get(FRAMEWORK_FILE)))) return [];
  const out: Message[] = [];
  for (const entry of parsedEntries(content)) {
    if (entry.kind === 'topic' && isRecord(entry.data.assessment)) out.push(...checkOne(entry, entry.data.assessment, content));
  }
  return out;
}

function checkOne(entry: ParsedEntry, stored: Record<string, unknown>, content: Content): Message[] {
  const framework = content.framework!;
  const out: Message[] = [];
  const full = (path: Array<string | number>) => ({ path: ['assessment', ...path] });
  // Stryker disable next-line StringLiteral: locate only tells 'key' apart; any other value is the value's position
  const at = (path: Array<string | number>, where: 'key' | 'value' = 'value') => entry.source.locate(full(path).path, where);
  const version = stored.framework_version;
  if (typeof version !== 'number') return out; // the schema reports it
  if (version !== framework.version) {
    out.push(message(entry.file, at(['framework_version']), 'warning', 'assessment-old-framework', t.oldFramework(version, framework.version), full(['framework_version'])));
    return out;
  }
  const scores = stored.scores;
  if (!isRecord(scores)) return out;
  const ids = framework.criteria.map((c) => c.id);
  const { min, max } = framework.scale;
  let complete = true;
  for (const [key, value] of Object.entries(scores)) {
    if (!ids.includes(key)) {
      complete = false;
      const guess = closest(key, ids);
      out.push(message(entry.file, at(['scores', key], 'key'), 'error', 'assessment-unknown-criterion', t.unknownCriterion(key, ids.join(', ')),
        { ...full(['scores', key]), ...didYouMean(guess) }));
    } else if (
      // Stryker disable next-line ConditionalExpression: the typeof is for the type only, Number.isInteger is false for anything that is no number
      typeof value !== 'number' || !Number.isInteger(value)
    ) {
      complete = false; // the schema reports a value that is not an integer
    } else if (value < min || value > max) {
      complete = false;
      out.push(message(entry.file, at(['scores', key]), 'error', 'assessment-off-scale', t.offScale(key, value, min, max), full(['scores', key])));
    }
  }
  const missing = ids.filter((id) => !Object.hasOwn(scores, id));
  if (missing.length > 0) {
    complete = false;
    out.push(message(entry.file, at(['scores'], 'key'), 'error', 'assessment-missing-criterion', t.missingCriteria(missing.join(', ')), full(['scores'])));
  }
  if (!complete) return out;
  const expected = assess(framework, scores as Record<string, number>);
  const { total, verdict } = stored;
  if (typeof total === 'number' && total !== expected.total) {
    out.push(message(entry.file, at(['total']), 'error', 'assessment-mismatch', t.totalMismatch(total, expected.total), full(['total'])));
  }
  if (typeof verdict === 'string' && verdict !== expected.verdict) {
    out.push(message(entry.file, at(['verdict']), 'error', 'assessment-mismatch', t.verdictMismatch(verdict, expected.verdict, expected.total, expected.knockout), full(['verdict'])));
  }
  return out;
}
