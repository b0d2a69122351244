/**
 * Pure: the report context from the agenda at the start and at the end of the period and the commits in
 * between. Renames are followed (a renamed entry keeps its history and gets its end id), removals are
 * reported, status changes are net, an entry that is invalid at either end is a warning and is left out.
 */
import { m } from '../../i18n/index.js';
import { sortMessages, type Message } from '../../core/message.js';
import { AGENDA_DIR, ENTRY_KINDS, KIND_FOLDER, SETTINGS_FILES, type EntryKind } from '../../content/kinds.js';
import { byActionOrder } from '../../content/action-order.js';
import type { Action, Entry, Framework, Practice, Settings, Theme, Topic } from '../../content/types.js';
import { outcomeOf } from '../../scoring/outcome.js';
import type {
  ReportActionRef,
  ReportAssessedTopic,
  ReportChange,
  ReportContext,
  ReportAuthor,
  ReportPeriod,
  ReportPractice,
  ReportRole,
  ReportStatusChange,
  ReportTheme,
  ReportTopic,
} from './context.js';
import { inPeriod } from './period.js';
import { progressNotes } from '../../content/sections.js';
import { classified, type Snapshot, type Tree } from './snapshot.js';
import { PATHS } from '../site/paths.js';

/** What the report needs of a commit in the period (newest first). Paths are agenda-relative (`agenda/…`). */
export interface PeriodCommit {
  renames: ReadonlyArray<{ from: string; to: string }>;
}

export interface BuildInput {
  period: ReportPeriod;
  start: Snapshot;
  end: Snapshot;
  commits: readonly PeriodCommit[];
  /** Warnings found while collecting (symlinks in the tree, no commits in the period). */
  warnings?: readonly string[];
  /** Only with `--authors`: git author name → commits that landed in the period. */
  authors?: ReadonlyMap<string, number>;
  /** The id of this report's foreword file (`agenda/terugkoppeling/<id>.md`): the period, or its last day. */
  forewordId?: string;
}

type Change = 'added' | 'modified' | 'removed' | 'renamed' | 'unchanged';

/** One content file followed through the period. */
interface Pair {
  kind: EntryKind | 'settings';
  startPath: string | undefined;
  endPath: string | undefined;
  change: Change;
}

const KIND_ORDER: ReadonlyArray<ReportChange['kind']> = [...ENTRY_KINDS, 'settings'];
const collator = new Intl.Collator('nl');
const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildContext(input: BuildInput): ReportContext {
  const { period, start, end } = input;
  const pairs = pairFiles(start.tree, end.tree, followRenames(input.commits, start.tree, end.tree));
  const startEntries = entriesByPath(start);
  const endEntries = entriesByPath(end);
  const get = <K extends EntryKind>(map: Map<string, Entry>, path: string | undefined): Entry<K> | undefined =>
    path === undefined ? undefined : (map.get(path) as Entry<K> | undefined);

  const settings = end.content.settings ?? start.content.settings;
  const practices: ReportContext['practices'] = { added: [], updated: [], removed: [] };
  const actions: ReportContext['actions'] = { added: [], statusChanges: [], removed: [] };
  const topics: ReportContext['topics'] = { raised: [], assessed: [] };
  const changes: ReportChange[] = [];
  const contributions = new Map<string, number>();
  const credit = (municipality: string | undefined): void => {
    if (municipality === undefined || municipality.trim() === '') return;
    contributions.set(municipality, (contributions.get(municipality) ?? 0) + 1);
  };

  for (const pair of pairs) {
    const before = get(startEntries, pair.startPath);
    const after = get(endEntries, pair.endPath);
    if (pair.change !== 'unchanged') changes.push(changeLine(pair, pair.change === 'removed' ? before : after, pair.change === 'removed' ? start : end));
    if (pair.change !== 'unchanged' && pair.change !== 'removed' && after) credit(municipalityOf(after));
    if (pair.kind === 'practice') {
      const was = before as Entry<'practice'> | undefined;
      const is = after as Entry<'practice'> | undefined;
      if (pair.change === 'added' && is) practices.added.push(practiceRef(is, settings));
      if ((pair.change === 'modified' || pair.change === 'renamed') && is) practices.updated.push(practiceRef(is, settings));
      if (pair.change === 'removed' && was) practices.removed.push(practiceRef(was, settings));
    }
    if (pair.kind === 'action') {
      const was = before as Entry<'action'> | undefined;
      const is = after as Entry<'action'> | undefined;
      if (pair.change === 'added' && is) actions.added.push(actionRef(is));
      if (pair.change === 'removed' && was) actions.removed.push(actionRef(was));
      if (is && was && was.data.status !== is.data.status) actions.statusChanges.push(statusChange(is, was.data.status));
    }
    if (pair.kind === 'topic') {
      const was = before as Entry<'topic'> | undefined;
      const is = after as Entry<'topic'> | undefined;
      if (pair.change === 'added' && is) topics.raised.push(topicRef(is));
      const assessment = is?.data.assessment;
      if (is && assessment) {
        const dated = inPeriod(assessment.date, period.from, period.to);
        const changed = pair.change === 'added' || (was !== undefined && JSON.stringify(was.data.assessment) !== JSON.stringify(assessment));
        if (dated || changed) topics.assessed.push(assessedRef(is, end.content.framework));
      }
    }
  }

  practices.added.sort(byId);
  practices.updated.sort(byId);
  practices.removed.sort(byId);
  actions.added.sort(byId);
  actions.removed.sort(byId);
  actions.statusChanges.sort(byId);
  topics.raised.sort(byId);
  topics.assessed.sort(byId);
  changes.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byId(a, b));

  const { themes, orphans } = themesWithActions(end, period);
  const contributors = [...contributions]
    .map(([municipality, n]) => ({ municipality, contributions: n }))
    .sort((a, b) => b.contributions - a.contributions || collator.compare(a.municipality, b.municipality));
  const forewordEntry = (end.content.entries.foreword as Array<Entry<'foreword'>>).find((f) => f.id === input.forewordId);
  return {
    period,
    ...(forewordEntry
      ? {
          foreword: {
            id: forewordEntry.id,
            ...(forewordEntry.data.title !== undefined ? { title: forewordEntry.data.title } : {}),
            highlights: [...(forewordEntry.data.highlights ?? [])],
            text: forewordEntry.body.replace(/\r\n?/g, '\n').trim(),
          },
        }
      : {}),
    network: settings
      ? { name: settings.name, agendaTitle: settings.agenda.title }
      : { name: m.report.defaultNetworkName, agendaTitle: m.report.defaultAgendaTitle },
    totals: {
      commits: input.commits.length,
      contributors: contributors.length,
      practicesAdded: practices.added.length,
      actionsAdded: actions.added.length,
      actionsStatusChanged: actions.statusChanges.length,
      topicsAssessed: topics.assessed.length,
    },
    themes,
    practices,
    actions,
    topics,
    contributors,
    ...(input.authors ? { authors: authorList(input.authors) } : {}),
    changes,
    warnings: [...invalidWarnings(start, end), ...orphans, ...(input.warnings ?? [])],
  };
}

/**
 * Start path → end path for entries renamed in the period, from the log's renames (oldest first). A rename
 * counts only when it ends in the same kind, the old path is gone at the end and the new one did not exist at
 * the start.
 */
export function followRenames(commits: readonly PeriodCommit[], start: Tree, end: Tree): Map<string, string> {
  const originOf = new Map<string, string>();
  const where = new Map<string, string>();
  for (let i = commits.length - 1; i >= 0; i--) {
    for (const { from, to } of commits[i]?.renames ?? []) {
      const origin = originOf.get(from) ?? from;
      originOf.delete(from);
      originOf.set(to, origin);
      where.set(origin, to);
    }
  }
  const renames = new Map<string, string>();
  const claimed = new Set<string>();
  for (const [origin, target] of where) {
    if (origin === target || !start.has(origin) || end.has(origin) || !end.has(target) || start.has(target)) continue;
    if (claimed.has(target) || kindOf(origin) !== kindOf(target) || kindOf(origin) === undefined) continue;
    claimed.add(target);
    renames.set(origin, target);
  }
  return renames;
}

function kindOf(path: string): EntryKind | 'settings' | undefined {
  const c = classified(path);
  return c.type === 'entry' ? c.kind : c.type === 'settings' ? 'settings' : undefined;
}

/** Every entry and settings file of either end, paired through renames, with what happened to it. */
function pairFiles(start: Tree, end: Tree, renames: Map<string, string>): Pair[] {
  const origins = new Map([...renames].map(([from, to]) => [to, from]));
  const pairs: Pair[] = [];
  for (const [path, oid] of end) {
    const kind = kindOf(path);
    if (kind === undefined) continue;
    const origin = origins.get(path) ?? (start.has(path) ? path : undefined);
    const change: Change =
      origin === undefined ? 'added' : origin !== path ? 'renamed' : start.get(path) === oid ? 'unchanged' : 'modified';
    pairs.push({ kind, startPath: origin, endPath: path, change });
  }
  for (const path of start.keys()) {
    const kind = kindOf(path);
    if (kind === undefined || end.has(path) || renames.has(path)) continue;
    pairs.push({ kind, startPath: path, endPath: undefined, change: 'removed' });
  }
  return pairs;
}

function entriesByPath(snapshot: Snapshot): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const kind of ENTRY_KINDS) for (const entry of snapshot.content.entries[kind] as Entry[]) map.set(entry.file, entry);
  return map;
}

function idOf(path: string): string {
  const c = classified(path);
  if (c.type === 'entry') return c.id;
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The appendix line of a changed file; the title of an invalid file is read from its source when possible. */
function changeLine(pair: Pair, entry: Entry | undefined, side: Snapshot): ReportChange {
  const path = (pair.change === 'removed' ? pair.startPath : pair.endPath) ?? '';
  let title: string;
  if (pair.kind === 'settings') {
    title = path.endsWith(SETTINGS_FILES.settings) ? m.report.settingsTitle : m.report.frameworkTitle;
  } else {
    const data = entry?.data ?? side.content.sources.get(path)?.data;
    const raw = (data as { title?: unknown } | undefined)?.title;
    title = typeof raw === 'string' && raw.trim() !== '' ? raw : idOf(path);
  }
  const line: ReportChange = { kind: pair.kind, id: idOf(path), change: pair.change as ReportChange['change'], title };
  if (pair.change === 'renamed' && pair.startPath !== undefined) line.previousId = idOf(pair.startPath);
  return line;
}

function practiceRef(e: Entry<'practice'>, settings: Settings | undefined): ReportPractice {
  const d: Practice = e.data;
  const ref: ReportPractice = {
    id: e.id,
    title: d.title,
    municipality: d.municipality,
    themes: [...d.themes],
    date: d.date,
    summary: d.summary,
    links: [...(d.links ?? [])],
  };
  if (d.contact) ref.contact = { role: d.contact.role, ...(d.contact.email !== undefined ? { email: d.contact.email } : {}) };
  const url = entryUrl(settings, 'practice', e.id);
  if (url !== undefined) ref.url = url;
  return ref;
}

/**
 * Where an entry can be read on the web: its page on the site (k80.yaml `site`, the page `k80 site` writes), else its file in the repository
 * (`repository`), else nowhere.
 */
export function entryUrl(settings: Settings | undefined, kind: EntryKind, id: string): string | undefined {
  const base = (url: string): string => url.replace(/\/+$/, '');
  if (settings?.site && kind === 'practice') return `${base(settings.site)}/${PATHS.practice(id)}`; // not a path: a web address
  if (settings?.repository) return `${base(settings.repository)}/blob/HEAD/${AGENDA_DIR}/${KIND_FOLDER[kind]}/${id}.md`; // not a path: a web address
  return undefined;
}

function roleOf(person: { role?: string; municipality: string } | undefined): ReportRole | undefined {
  if (!person) return undefined;
  return { ...(person.role !== undefined ? { role: person.role } : {}), municipality: person.municipality };
}

function actionRef(e: Entry<'action'>): ReportActionRef {
  const d: Action = e.data;
  return { id: e.id, title: d.title, theme: d.theme, type: d.type, status: d.status };
}

function statusChange(e: Entry<'action'>, from: Action['status']): ReportStatusChange {
  return { id: e.id, title: e.data.title, theme: e.data.theme, from, to: e.data.status };
}

function topicRef(e: Entry<'topic'>): ReportTopic {
  const d: Topic = e.data;
  return { id: e.id, title: d.title, municipality: d.raised_by.municipality, date: d.date, status: d.status };
}

/** Total and verdict as list and score show them: recomputed under the end's framework when it applies. */
function assessedRef(e: Entry<'topic'>, framework: Framework | undefined): ReportAssessedTopic {
  const a = e.data.assessment!;
  const { total, verdict } = outcomeOf(framework, a);
  const ref: ReportAssessedTopic = { id: e.id, title: e.data.title, verdict, total, date: a.date, raisedBy: e.data.raised_by.municipality };
  if (a.note !== undefined && a.note.trim() !== '') ref.note = a.note;
  return ref;
}

/** Themes of the end state in agenda order, each with its actions (end state) and their progress in the period. */
function themesWithActions(end: Snapshot, period: ReportPeriod): { themes: ReportTheme[]; orphans: string[] } {
  const themes = [...(end.content.entries.theme as Array<Entry<'theme'>>)].sort(
    (a, b) => a.data.order - b.data.order || byId(a, b),
  );
  const byTheme = new Map<string, ReportTheme>();
  const out = themes.map((t) => {
    const d: Theme = t.data;
    const theme: ReportTheme = { id: t.id, title: d.title, section: d.section, tagline: d.tagline, order: d.order, actions: [] };
    byTheme.set(t.id, theme);
    return theme;
  });
  const orphans: string[] = [];
  for (const a of end.content.entries.action as Array<Entry<'action'>>) {
    const theme = byTheme.get(a.data.theme);
    if (!theme) {
      orphans.push(m.report.unknownTheme(a.file, a.data.theme));
      continue;
    }
    const lead = roleOf(a.data.lead);
    theme.actions.push({
      id: a.id,
      title: a.data.title,
      type: a.data.type,
      status: a.data.status,
      ...(a.data.order !== undefined ? { order: a.data.order } : {}),
      ...(lead ? { lead } : {}),
      progress: progressNotes(a.body).filter((n) => inPeriod(n.date, period.from, period.to)),
    });
  }
  for (const theme of out) theme.actions.sort(byActionOrder);
  return { themes: out, orphans };
}

/** The municipality an entry is credited to: a practice's, a topic's raiser, an action's lead (themes: none). */
function municipalityOf(entry: Entry): string | undefined {
  const data = entry.data as { municipality?: string; raised_by?: { municipality?: string }; lead?: { municipality?: string } };
  if (entry.kind === 'practice') return data.municipality;
  if (entry.kind === 'topic') return data.raised_by?.municipality;
  if (entry.kind === 'action') return data.lead?.municipality;
  return undefined;
}

/** Git authors (only with `--authors`), most commits first. */
function authorList(counts: ReadonlyMap<string, number>): ReportAuthor[] {
  return [...counts]
    .map(([name, n]) => ({ name, commits: n }))
    .sort((a, b) => b.commits - a.commits || collator.compare(a.name, b.name));
}

/** One warning per invalid file and end: its first error with position, and how many more there are. */
function invalidWarnings(start: Snapshot, end: Snapshot): string[] {
  const errors = (s: Snapshot): Map<string, Message[]> => {
    const map = new Map<string, Message[]>();
    for (const msg of sortMessages(s.content.messages)) {
      if (msg.severity !== 'error') continue;
      const list = map.get(msg.file) ?? [];
      list.push(msg);
      map.set(msg.file, list);
    }
    return map;
  };
  const atStart = errors(start);
  const atEnd = errors(end);
  const warnings: Array<{ file: string; text: string }> = [];
  const describe = (list: Message[]): [string, number, number, number] => {
    const first = list[0]!;
    return [first.message.replace(/\.$/, ''), first.line, first.column, list.length - 1];
  };
  for (const [file, list] of atEnd) {
    const both = atStart.has(file) && start.tree.get(file) === end.tree.get(file);
    warnings.push({ file, text: (both ? m.report.invalidBoth : m.report.invalidAtEnd)(file, ...describe(list)) });
  }
  for (const [file, list] of atStart) {
    if (atEnd.has(file) && start.tree.get(file) === end.tree.get(file)) continue;
    warnings.push({ file, text: m.report.invalidAtStart(file, ...describe(list)) });
  }
  return warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((w) => w.text);
}
