/**
 * The report context: collected once from git history, turned into Markdown, HTML or JSON by pure renderers.
 * `--format json` prints this object itself. Contract: fields may be added, never removed.
 */
import type { ActionStatus, ActionType, Section, TopicStatus, Verdict } from '../../content/types.js';

export interface ReportPeriod {
  /** First day, YYYY-MM-DD (Europe/Amsterdam). */
  from: string;
  /** Last day, YYYY-MM-DD (Europe/Amsterdam), inclusive. */
  to: string;
  /** Commit the period starts from (the state at the start), or null when the period starts before the first commit. */
  fromCommit: string | null;
  /** Newest commit inside the period (the state at the end). */
  toCommit: string | null;
}

export interface ReportTotals {
  commits: number;
  contributors: number;
  practicesAdded: number;
  /** Added field: actions that are new in the period (not counted as status changes). */
  actionsAdded: number;
  /** Actions that existed at the start and whose status at the end differs. */
  actionsStatusChanged: number;
  topicsAssessed: number;
}

export interface ReportProgressNote {
  /** YYYY-MM-DD, inside the period. */
  date: string;
  /** The note's markdown text (sanitized before it reaches HTML). */
  text: string;
}

export interface ReportThemeAction {
  id: string;
  title: string;
  type: ActionType;
  status: ActionStatus;
  /** Added field: position within the theme, as in the agenda (absent when the file has none). */
  order?: number;
  /** Added field: who leads it, as a role and municipality (never a name). */
  lead?: ReportRole;
  /** `## Voortgang` notes dated inside the period (added field). */
  progress: ReportProgressNote[];
}

/** A role in a municipality; the report never carries a person's name. */
export interface ReportRole {
  role?: string;
  municipality: string;
}

export interface ReportTheme {
  id: string;
  title: string;
  section: Section;
  /** Added field: the theme's tagline and order, for the renderers. */
  tagline: string;
  order: number;
  actions: ReportThemeAction[];
}

export interface ReportPractice {
  id: string;
  title: string;
  municipality: string;
  themes: string[];
  date: string;
  /** Added field: the one-sentence summary. */
  summary: string;
  /** Added field: the contact's role and functional mailbox (never a name). */
  contact?: { role: string; email?: string };
  /** Added field: the practice's links. */
  links: string[];
  /** Added field: the practice's page (k80.yaml `site`) or file (`repository`), when k80.yaml names one. */
  url?: string;
}

export interface ReportActionRef {
  id: string;
  title: string;
  theme: string;
  type: ActionType;
  status: ActionStatus;
}

export interface ReportStatusChange {
  id: string;
  title: string;
  theme: string;
  /** Status at the start of the period (an action added in the period is in `actions.added`, not here). */
  from: ActionStatus;
  to: ActionStatus;
}

export interface ReportTopic {
  id: string;
  title: string;
  /** Municipality that raised it. */
  municipality: string;
  date: string;
  status: TopicStatus;
}

export interface ReportAssessedTopic {
  id: string;
  title: string;
  verdict: Verdict;
  total: number;
  /** Added field: date of the assessment. */
  date: string;
  /** Added field: the municipality that raised it. */
  raisedBy: string;
  /** Added field: the assessment's note. */
  note?: string;
}

/** A municipality whose entries changed in the period (a practice's, a topic's raiser, an action's lead). */
export interface ReportContributor {
  municipality: string;
  /** Entries of this municipality added or changed in the period. */
  contributions: number;
}

/** Only with `--authors`: a git author and the commits of theirs that landed (a merged branch's own commits). */
export interface ReportAuthor {
  name: string;
  commits: number;
}

export interface ReportChange {
  /** Added field: the appendix of changes, one line per entry file that changed in the period. */
  kind: 'theme' | 'action' | 'practice' | 'topic' | 'foreword' | 'settings';
  id: string;
  change: 'added' | 'modified' | 'removed' | 'renamed';
  /** Previous id for a rename. */
  previousId?: string;
  title: string;
}

/** Added field: the secretary's own words (`agenda/terugkoppeling/<period>.md`), shown first. */
export interface ReportForeword {
  /** The file's id: the period (`2026-H2`) or the period's last day. */
  id: string;
  title?: string;
  highlights: string[];
  /** The foreword's markdown text (sanitized before it reaches HTML). */
  text: string;
}

export interface ReportContext {
  period: ReportPeriod;
  /** Added field: absent when the period has no foreword file. */
  foreword?: ReportForeword;
  /** Added field: the network's name and the agenda's title, for headings. */
  network: { name: string; agendaTitle: string };
  totals: ReportTotals;
  themes: ReportTheme[];
  practices: { added: ReportPractice[]; updated: ReportPractice[]; removed: ReportPractice[] };
  actions: { added: ReportActionRef[]; statusChanges: ReportStatusChange[]; removed: ReportActionRef[] };
  topics: { raised: ReportTopic[]; assessed: ReportAssessedTopic[] };
  contributors: ReportContributor[];
  /** Only with `--authors`: git author names. Absent otherwise: the report names no people by default. */
  authors?: ReportAuthor[];
  changes: ReportChange[];
  warnings: string[];
}
