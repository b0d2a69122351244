/** Shapes of the content files, as the schemas in `schemas/` define them. */
import type { EntryKind } from './kinds.js';

export type Section = 'A' | 'B' | 'C';
export type ActionType = 'knowledge-sharing' | 'lobby';
export type ActionStatus = 'planned' | 'active' | 'done' | 'dropped';
export type TopicStatus = 'open' | 'assessed' | 'taken-up' | 'declined';
export type Verdict = 'take-up' | 'monitor' | 'decline';

export interface PersonRef {
  role?: string;
  municipality: string;
  name?: string;
}

export interface Theme {
  title: string;
  tagline: string;
  section: Section;
  order: number;
  question?: string;
  aliases?: string[];
  portfolio_holder?: PersonRef;
  official_lead?: PersonRef;
}

export interface Action {
  title: string;
  theme: string;
  type: ActionType;
  status: ActionStatus;
  /** Position within its theme, as in the agenda. */
  order?: number;
  lead?: PersonRef;
  updated?: string;
}

export interface Practice {
  title: string;
  municipality: string;
  themes: string[];
  date: string;
  summary: string;
  tags?: string[];
  contact?: { role: string; municipality?: string; name?: string; email?: string };
  links?: string[];
}

export interface Assessment {
  date: string;
  by: string;
  framework_version: number;
  scores: Record<string, number>;
  total: number;
  verdict: Verdict;
  note?: string;
}

export interface Topic {
  title: string;
  raised_by: PersonRef;
  date: string;
  status: TopicStatus;
  assessment?: Assessment;
}

export interface Settings {
  name: string;
  agenda: { title: string; adopted: string };
  members: string[];
  /** Extra functional mailboxes (addresses or local parts) that validate does not warn about. */
  functional_mailboxes?: string[];
  /** Where the repository lives (a web address), for links from the report and the site. */
  repository?: string;
  /** Where the network's site lives (a web address), for links to an entry's page. */
  site?: string;
}

/** The secretary's own words for one terugkoppeling (`agenda/terugkoppeling/<period>.md`). */
export interface Foreword {
  title?: string;
  highlights?: string[];
}

export interface Criterion {
  id: string;
  question: string;
  help: string;
  weight: number;
  knockout?: boolean;
}

export interface Framework {
  version: number;
  scale: { min: number; max: number; labels: Record<string, string> };
  criteria: Criterion[];
  thresholds: { 'take-up': number; monitor: number };
}

export interface EntryDataByKind {
  theme: Theme;
  action: Action;
  practice: Practice;
  topic: Topic;
  foreword: Foreword;
}

/** A parsed entry file. `data` is only trustworthy when the file produced no errors. */
export interface Entry<K extends EntryKind = EntryKind> {
  kind: K;
  id: string;
  /** Repository-relative, forward slashes. */
  file: string;
  data: EntryDataByKind[K];
  /** Markdown body after the frontmatter. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
}
