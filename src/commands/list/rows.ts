/**
 * Pure: the rows of `k80 list`, built from the valid entries of the content. English keys (they are the JSON
 * output); the text renderer turns them into Dutch.
 */
import { byActionOrder } from '../../content/action-order.js';
import type { Content } from '../../content/load.js';
import type { ActionStatus, ActionType, Section, TopicStatus, Verdict } from '../../content/types.js';
import { m } from '../../i18n/index.js';
import { outcomeOf } from '../../scoring/outcome.js';

export const KINDS = ['themes', 'actions', 'practices', 'topics'] as const;
export type ListKind = (typeof KINDS)[number];

export const ACTION_STATUSES = Object.keys(m.common.labels.status) as ActionStatus[];
export const TOPIC_STATUSES = Object.keys(m.common.labels.topicStatus) as TopicStatus[];

export interface ThemeRow {
  id: string;
  section: Section;
  order: number;
  title: string;
  tagline: string;
  /** Number of actions per status, and in all. */
  actions: Record<ActionStatus, number> & { total: number };
  /** Number of practices that name this theme. */
  practices: number;
}

export interface ActionRow {
  id: string;
  title: string;
  theme: string;
  type: ActionType;
  status: ActionStatus;
  /** Position within its theme, as in the agenda. */
  order?: number;
  /** The lead's municipality, when the action has a lead. */
  municipality?: string;
}

export interface PracticeRow {
  id: string;
  title: string;
  municipality: string;
  themes: string[];
  date: string;
}

export interface TopicRow {
  id: string;
  title: string;
  date: string;
  status: TopicStatus;
  /** Municipality that raised it. */
  municipality: string;
  /** Weighted total (0–100) of the assessment, when there is one. */
  total?: number;
  verdict?: Verdict;
}

export interface RowsByKind {
  themes: ThemeRow;
  actions: ActionRow;
  practices: PracticeRow;
  topics: TopicRow;
}

const byText = (a: string, b: string): number => a.localeCompare(b, 'nl');

export function themeRows(content: Content): ThemeRow[] {
  return content.entries.theme
    .map((t): ThemeRow => {
      const actions = { planned: 0, active: 0, done: 0, dropped: 0, total: 0 };
      for (const a of content.entries.action) {
        if (a.data.theme !== t.id) continue;
        actions[a.data.status]++;
        actions.total++;
      }
      const practices = content.entries.practice.filter((p) => p.data.themes.includes(t.id)).length;
      return { id: t.id, section: t.data.section, order: t.data.order, title: t.data.title, tagline: t.data.tagline, actions, practices };
    })
    .sort((a, b) => a.order - b.order || byText(a.id, b.id));
}

/** Actions in agenda order: per theme (by the theme's order), then by their order within the theme. */
export function actionRows(content: Content): ActionRow[] {
  const order = new Map(themeRows(content).map((t, i) => [t.id, i]));
  return content.entries.action
    .map((a): ActionRow => {
      const row: ActionRow = { id: a.id, title: a.data.title, theme: a.data.theme, type: a.data.type, status: a.data.status };
      if (a.data.order !== undefined) row.order = a.data.order;
      if (a.data.lead) row.municipality = a.data.lead.municipality;
      return row;
    })
    .sort(
      (a, b) =>
        (order.get(a.theme) ?? Infinity) - (order.get(b.theme) ?? Infinity) || byActionOrder(a, b),
    );
}

/** Practices, newest first. */
export function practiceRows(content: Content): PracticeRow[] {
  return content.entries.practice
    .map((p): PracticeRow => ({ id: p.id, title: p.data.title, municipality: p.data.municipality, themes: [...p.data.themes], date: p.data.date }))
    .sort((a, b) => byText(b.date, a.date) || byText(a.title, b.title) || byText(a.id, b.id));
}

/** Current topics, newest first. */
export function topicRows(content: Content): TopicRow[] {
  return content.entries.topic
    .map((t): TopicRow => {
      const row: TopicRow = { id: t.id, title: t.data.title, date: t.data.date, status: t.data.status, municipality: t.data.raised_by.municipality };
      if (t.data.assessment) {
        const outcome = outcomeOf(content.framework, t.data.assessment);
        row.total = outcome.total;
        row.verdict = outcome.verdict;
      }
      return row;
    })
    .sort((a, b) => byText(b.date, a.date) || byText(a.id, b.id));
}
