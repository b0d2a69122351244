/** Pure: the Dutch text of a weighing (table, total, verdict, knockout, robustness) and the JSON output. */
import { Chalk } from 'chalk';
import { m } from '../../i18n/index.js';
import type { Framework, Verdict } from '../../content/types.js';
import type { Assessed } from '../../scoring/assess.js';
import type { Sensitivity } from '../../scoring/sensitivity.js';

const t = m.score;

export interface Weighing {
  topic: string;
  title: string;
  framework: Framework;
  scores: Record<string, number>;
  result: Assessed;
  sensitivity: Sensitivity[];
}

/** The short Dutch name of a criterion, or its id. */
export function criterionName(id: string): string {
  return Object.hasOwn(t.criterion, id) ? t.criterion[id]! : id;
}

/** Oppakken / Volgen / Niet oppakken (the labels shared with list and report). */
export function verdictName(verdict: Verdict): string {
  return m.common.labels.verdict[verdict];
}

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6, useGrouping: false });
/** 1.5 → "1,5". */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

function pad(s: string, width: number, right = false): string {
  const gap = ' '.repeat(Math.max(0, width - [...s].length));
  return right ? gap + s : s + gap;
}

/** Rows of cells as aligned text; `right[i]` aligns column i to the right. */
function table(rows: string[][], right: boolean[]): string[] {
  const widths = right.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => pad(cell, i === r.length - 1 && !right[i] ? 0 : widths[i]!, right[i]))
      .join('  ')
      .trimEnd(),
  );
}

/** "invloed (+1 → Oppakken), draagvlak (−1 → Volgen)", or '' when robust. */
function flips(sensitivity: readonly Sensitivity[]): string {
  const parts: string[] = [];
  for (const s of sensitivity) {
    if (s.up) parts.push(t.flip(criterionName(s.id), '+1', verdictName(s.up)));
    if (s.down) parts.push(t.flip(criterionName(s.id), '\u22121', verdictName(s.down)));
  }
  return parts.join(', ');
}

/** The table, total, verdict, knockout and robustness line. */
export function renderWeighing(w: Weighing, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const { labels } = w.framework.scale;
  let got = 0;
  let most = 0;
  const cells = w.framework.criteria.map((criterion) => {
    const p = w.result.points[criterion.id]!;
    got += p.weighted;
    most += p.max;
    return { name: criterionName(criterion.id), weight: formatNumber(p.weight), score: `${p.score} (${labels[String(p.score)] ?? ''})`, got: formatNumber(p.weighted), most: formatNumber(p.max) };
  });
  const sum = { name: t.sumRow, weight: '', score: '', got: formatNumber(round(got)), most: formatNumber(round(most)) };
  // "9 van 9" and "28 van 39" aligned on "van"
  const gotWidth = Math.max(...[...cells, sum].map((x) => x.got.length));
  const mostWidth = Math.max(...[...cells, sum].map((x) => x.most.length));
  const points = (x: { got: string; most: string }): string => t.pointsOf(pad(x.got, gotWidth, true), pad(x.most, mostWidth, true));
  const rows: string[][] = [
    [t.col.criterion, t.col.weight, t.col.score, t.col.points],
    ...[...cells, sum].map((x) => [x.name, x.weight, x.score, points(x)]),
  ];
  const lines = [c.bold(t.heading(w.title, w.topic)), '', ...table(rows, [false, true, false, false]), ''];
  const { 'take-up': takeUp, monitor } = w.framework.thresholds;
  lines.push(`${t.total(w.result.total)} ${t.thresholdsLine(takeUp, monitor)}`);
  lines.push(c.bold(t.verdictLine(verdictName(w.result.verdict))));
  if (w.result.knockout !== null) {
    const score = w.scores[w.result.knockout]!;
    lines.push(t.knockoutLine(criterionName(w.result.knockout), `${score} (${labels[String(score)] ?? ''})`));
  }
  const list = flips(w.sensitivity);
  lines.push(list === '' ? t.robust : t.sensitive(list));
  return `${lines.join('\n')}\n`;
}

/** Sums of decimal points without float noise in the display. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
