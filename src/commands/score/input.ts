/**
 * Pure: the scores given on the command line (`--set id=value`, repeatable), checked against the framework.
 * Every problem is a UsageError (exit 2) naming the criterion.
 */
import { m } from '../../i18n/index.js';
import { UsageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';
import type { Framework } from '../../content/types.js';

const t = m.score;

/** The scale as `0 = niet, 1 = beperkt, …`. */
function scaleText(framework: Framework): string {
  const { min, max, labels } = framework.scale;
  const parts: string[] = [];
  for (let v = min; v <= max; v++) parts.push(`${v} = ${labels[String(v)] ?? ''}`);
  return parts.join(', ');
}

/** Parse `--set` values into scores by criterion id (possibly not all criteria). */
export function parseSets(sets: readonly string[], framework: Framework): Record<string, number> {
  const ids = framework.criteria.map((c) => c.id);
  const { min, max } = framework.scale;
  const scores: Record<string, number> = {};
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) throw new UsageError(t.setSyntax(set), t.setUnknownHint(undefined, ids.join(', ')));
    const id = set.slice(0, eq).trim();
    const raw = set.slice(eq + 1).trim();
    if (!ids.includes(id)) throw new UsageError(t.setUnknown(id), t.setUnknownHint(closest(id, ids), ids.join(', ')));
    if (Object.hasOwn(scores, id)) throw new UsageError(t.setTwice(id), t.setTwiceHint);
    if (!/^[-+]?\d+$/.test(raw)) throw new UsageError(t.setNotInteger(id, raw), t.scaleHint(scaleText(framework)));
    const value = Number(raw);
    if (value < min || value > max) throw new UsageError(t.setOffScale(id, raw, min, max), t.scaleHint(scaleText(framework)));
    scores[id] = value;
  }
  return scores;
}

/** Without a terminal every criterion needs a `--set`; names all that are missing. */
export function requireAll(scores: Record<string, number>, framework: Framework): Record<string, number> {
  const missing = framework.criteria.filter((c) => !Object.hasOwn(scores, c.id)).map((c) => c.id);
  if (missing.length > 0) {
    const example = framework.criteria.map((c) => `--set ${c.id}=${scores[c.id] ?? framework.scale.max}`).join(' ');
    throw new UsageError(t.setMissing(missing.join(', ')), t.setMissingHint(`k80 score <thema> ${example}`));
  }
  return scores;
}
