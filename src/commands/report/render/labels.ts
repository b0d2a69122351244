/**
 * Dutch labels and dates for the report. Pure; every text comes from the catalogue: the names of statuses,
 * types and verdicts are the ones list and score use (`m.common.labels`), the rest is the report's own.
 */
import type { ActionStatus, ActionType, Section, TopicStatus, Verdict } from '../../../content/types.js';
import type { ReportChange } from '../context.js';
import { m } from '../../../i18n/index.js';

const t = m.report.render;
const labels = m.common.labels;

export function statusLabel(status: ActionStatus): string {
  return labels.status[status] ?? status;
}

export function typeLabel(type: ActionType): string {
  return labels.type[type] ?? type;
}

export function verdictLabel(verdict: Verdict): string {
  return labels.verdict[verdict] ?? verdict;
}

export function topicStatusLabel(status: TopicStatus): string {
  return labels.topicStatus[status] ?? status;
}

/** The agenda's name of a section: A → "Wie zijn we en wat maakt ons sterk?". */
export function sectionName(section: Section): string {
  return t.section[section] ?? section;
}

export function kindLabel(kind: ReportChange['kind']): string {
  return t.kind[kind] ?? kind;
}

export function changeLabel(change: ReportChange): string {
  if (change.change === 'renamed' && change.previousId) return t.renamedFrom(change.previousId);
  return t.change[change.change] ?? change.change;
}

/** `2026-07-01` → `1 juli 2026`. Anything that is not a YYYY-MM-DD date is returned unchanged. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const month = t.months[Number(match[2]) - 1];
  if (!month) return date;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
