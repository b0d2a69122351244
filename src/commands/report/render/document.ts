/**
 * The report's content model: the context turned into a Dutch document of mdast nodes, once, for both
 * renderers. Markdown serializes it as it is; HTML converts it to hast and wraps it in a page. Fields under
 * `data` are read only by the HTML renderer: `caption` (a table's caption), `sanitize` (contributor
 * markdown inside: sanitize this subtree), and mdast-util-to-hast's `hName`/`hProperties`.
 */
import type {
  AlignType,
  BlockContent,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
  TableCell,
  Text,
} from 'mdast';
// brings mdast-util-to-hast's `hName`/`hProperties` fields of mdast `Data` into scope
import type {} from 'remark-rehype';
import type { ActionStatus, Section } from '../../../content/types.js';
import type { ReportContext, ReportPractice, ReportTheme, ReportThemeAction } from '../context.js';
import { m } from '../../../i18n/index.js';
import {
  changeLabel,
  formatDate,
  kindLabel,
  sectionName,
  statusLabel,
  topicStatusLabel,
  typeLabel,
  verdictLabel,
} from './labels.js';
import { isSafeUrl, parseNote } from './note.js';

declare module 'mdast' {
  interface TableData {
    /** The table's caption (HTML only; Markdown tables have none). */
    caption?: string;
    /** Wide table: HTML puts it in a focusable region that scrolls sideways on a narrow screen. */
    scroll?: boolean;
  }
  interface ListItemData {
    /** The item holds contributor markdown: the HTML renderer sanitizes its subtree. */
    sanitize?: boolean;
  }
  interface ParagraphData {
    /** A block of the foreword's markdown: the HTML renderer sanitizes it. */
    sanitize?: boolean;
  }
  interface ListData {
    sanitize?: boolean;
  }
  interface BlockquoteData {
    sanitize?: boolean;
  }
}

const t = m.report.render;

export const STATUSES: readonly ActionStatus[] = ['planned', 'active', 'done', 'dropped'];
const SECTIONS: readonly Section[] = ['A', 'B', 'C'];

export interface DocSection {
  /** Stable anchor of the section (HTML id). */
  id: string;
  /** The h2 heading's text. */
  title: string;
  /** Everything under the h2, starting at h3. */
  content: RootContent[];
  /** Themes of an agenda section (A/B/C), for the HTML table of contents. */
  themes?: { id: string; title: string }[];
  /** The HTML renderer puts the charts here, after the first paragraph. */
  charts?: boolean;
  /** In print, the section starts on a new page. */
  newPage?: boolean;
}

export interface ReportDocument {
  title: string;
  /** The period's first and last day as written in the title ("1 januari 2026"), so HTML can keep each on one line. */
  dates: [string, string];
  /** One line under the title. */
  intro: string;
  /** The network and the agenda, for the HTML page's header. */
  kicker: string;
  sections: DocSection[];
  footer: string;
}

/** Per theme (agenda order): actions by status at the end of the period, and new practices. */
export interface ThemeFigures {
  id: string;
  title: string;
  byStatus: Record<ActionStatus, number>;
  actions: number;
  practices: number;
}

/** Themes in agenda order: section A, B, C, then `order`, then title. */
function sortThemes(themes: readonly ReportTheme[]): ReportTheme[] {
  return [...themes].sort(
    (a, b) => a.section.localeCompare(b.section) || a.order - b.order || a.title.localeCompare(b.title),
  );
}

function practicesOf(ctx: ReportContext, themeId: string): ReportPractice[] {
  return ctx.practices.added.filter((practice) => practice.themes.includes(themeId));
}

export function themeFigures(ctx: ReportContext): ThemeFigures[] {
  return sortThemes(ctx.themes).map((theme) => {
    const byStatus: Record<ActionStatus, number> = { planned: 0, active: 0, done: 0, dropped: 0 };
    for (const action of theme.actions) byStatus[action.status] += 1;
    return {
      id: theme.id,
      title: theme.title,
      byStatus,
      actions: theme.actions.length,
      practices: practicesOf(ctx, theme.id).length,
    };
  });
}

function themeAnchor(themeId: string): string {
  return `thema-${themeId}`;
}

/** The report's title (also the archive's list of terugkoppelingen names each report by it). */
export function documentTitle(ctx: ReportContext): string {
  return t.title(ctx.network.name, formatDate(ctx.period.from), formatDate(ctx.period.to));
}

export function buildDocument(ctx: ReportContext): ReportDocument {
  const from = formatDate(ctx.period.from);
  const to = formatDate(ctx.period.to);
  const sections: DocSection[] = [...(ctx.foreword ? [foreword(ctx.foreword)] : []), keyFigures(ctx), overview(ctx)];
  const themes = sortThemes(ctx.themes);
  for (const letter of SECTIONS) {
    const inSection = themes.filter((theme) => theme.section === letter);
    if (inSection.length === 0) continue;
    sections.push({
      id: `deel-${letter.toLowerCase()}`,
      title: t.sectionHeading(letter, sectionName(letter)),
      content: inSection.flatMap((theme) => themeContent(ctx, theme)),
      themes: inSection.map((theme) => ({ id: themeAnchor(theme.id), title: theme.title })),
    });
  }
  sections.push(topics(ctx), contributors(ctx));
  if (ctx.authors) sections.push(authors(ctx.authors));
  sections.push(changes(ctx));
  if (ctx.warnings.length > 0) sections.push(warnings(ctx));
  return {
    title: documentTitle(ctx),
    dates: [from, to],
    intro: t.intro(ctx.network.agendaTitle, from, to),
    kicker: `${ctx.network.name} · ${ctx.network.agendaTitle}`,
    sections,
    footer: `${t.footer}.`,
  };
}

// ---------------------------------------------------------------------------------------------- sections

/** The secretary's own words, first: the foreword (their markdown, cleaned) and the highlights. */
function foreword(f: NonNullable<ReportContext['foreword']>): DocSection {
  const blocks = parseNote(f.text).map((block) =>
    block.type === 'paragraph' || block.type === 'list' || block.type === 'blockquote'
      ? { ...block, data: { ...block.data, sanitize: true } }
      : block,
  ) as RootContent[];
  const content: RootContent[] = [...blocks];
  if (f.highlights.length > 0) {
    content.push(
      heading(3, [text(t.highlightsHeading)]),
      list(f.highlights.map((highlight) => item([paragraph([text(highlight)])]))),
    );
  }
  return { id: 'voorwoord', title: f.title ?? t.forewordHeading, content };
}

function keyFigures(ctx: ReportContext): DocSection {
  const rows: [string, number][] = [
    [t.figurePracticesAdded, ctx.totals.practicesAdded],
    [t.figureActionsAdded, ctx.totals.actionsAdded],
    [t.figureActionsStatusChanged, ctx.totals.actionsStatusChanged],
    [t.figureTopicsAssessed, ctx.totals.topicsAssessed],
    [t.figureContributors, ctx.totals.contributors],
    [t.figureCommits, ctx.totals.commits],
  ];
  return {
    id: 'kerncijfers',
    title: t.keyFiguresHeading,
    content: [
      table({
        caption: t.keyFiguresCaption,
        className: 'key-figures',
        columns: [t.keyFigureColumn, t.countColumn],
        align: ['left', 'right'],
        rowHeaders: true,
        rows: rows.map(([label, count]) => [[text(label)], [text(String(count))]]),
      }),
    ],
  };
}

function overview(ctx: ReportContext): DocSection {
  const figures = themeFigures(ctx);
  return {
    id: 'themas-in-cijfers',
    title: t.overviewHeading,
    charts: true,
    content: [
      paragraph([text(t.overviewIntro)]),
      table({
        caption: t.overviewCaption,
        className: 'overview',
        scroll: true,
        columns: [t.themeColumn, ...STATUSES.map(statusLabel), t.actionsTotalColumn, t.practicesColumn],
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
        rowHeaders: true,
        rows: figures.map((figure) => [
          [text(figure.title)],
          ...STATUSES.map((status) => [text(String(figure.byStatus[status]))]),
          [text(String(figure.actions))],
          [text(String(figure.practices))],
        ]),
      }),
      paragraph([text(t.overviewPracticesNote(ctx.totals.practicesAdded))]),
    ],
  };
}

function themeContent(ctx: ReportContext, theme: ReportTheme): RootContent[] {
  const out: RootContent[] = [heading(3, [text(theme.title)], themeAnchor(theme.id))];
  if (theme.tagline) out.push(paragraph([{ type: 'emphasis', children: [text(theme.tagline)] }]));
  const changes = new Map(ctx.actions.statusChanges.map((change) => [change.id, change]));
  const added = new Set(ctx.actions.added.map((action) => action.id));
  out.push(
    ...orNone(theme.actions, t.noActions, (actions) => [
      table({
        caption: t.actionsCaption(theme.title),
        className: 'actions',
        stack: true,
        columns: [t.actionColumn, t.typeColumn, t.leadColumn, t.statusColumn, t.changeColumn],
        align: ['left', 'left', 'left', 'left', 'left'],
        rowHeaders: true,
        rows: actions.map((action) => {
          const change = changes.get(action.id);
          let what: PhrasingContent;
          if (added.has(action.id)) what = span(t.actionNew(statusLabel(action.status)), 'changed');
          else if (!change) what = span(t.unchanged, 'muted');
          else what = span(t.statusChanged(statusLabel(change.from), statusLabel(change.to)), 'changed');
          const lead = action.lead ? text(action.lead.role ? t.leadRole(action.lead.role, action.lead.municipality) : action.lead.municipality) : span(t.noLead, 'muted');
          return [[text(action.title)], [text(typeLabel(action.type))], [lead], [span(statusLabel(action.status), 'badge', `status-${action.status}`)], [what]];
        }),
      }),
    ]),
    ...newActions(ctx, theme),
    heading(4, [text(t.progressHeading)]),
    ...orNone(theme.actions.filter((action) => action.progress.length > 0), t.noProgress, (actions) => [list(actions.map(progressItem))]),
    heading(4, [text(t.practicesHeading)]),
    ...orNone(practicesOf(ctx, theme.id), t.noPractices, (practices) => [list(practices.map(practiceItem))]),
  );
  return out;
}

function progressItem(action: ReportThemeAction): ListItem {
  const notes = [...action.progress].sort((a, b) => a.date.localeCompare(b.date));
  return item([
    paragraph([strong(action.title)]),
    list(
      notes.map((note) => {
        const blocks = parseNote(note.text);
        const date = strong(`${formatDate(note.date)}:`);
        const first = blocks[0];
        const children: BlockContent[] =
          first && first.type === 'paragraph'
            ? [paragraph([date, text(' '), ...first.children]), ...blocks.slice(1)]
            : [paragraph([date]), ...blocks];
        // a note of several blocks keeps its paragraphs apart
        return { type: 'listItem', spread: children.length > 1, children, data: { sanitize: true } };
      }),
    ),
  ]);
}

/** The actions of a theme that are new in the period (nothing when there are none). */
function newActions(ctx: ReportContext, theme: ReportTheme): RootContent[] {
  const added = new Set(ctx.actions.added.map((a) => a.id));
  const actions = theme.actions.filter((a) => added.has(a.id));
  if (actions.length === 0) return [];
  return [
    heading(4, [text(t.newActionsHeading)]),
    list(actions.map((a) => item([paragraph([strong(a.title), text(t.newActionMeta(typeLabel(a.type), statusLabel(a.status)))])]))),
  ];
}

/** A new practice: its title (linked to its page when k80.yaml says where), municipality, summary, contact and links. */
function practiceItem(practice: ReportPractice): ListItem {
  const meta = t.practiceMeta(practice.municipality, formatDate(practice.date));
  const title: PhrasingContent =
    practice.url !== undefined && isSafeUrl(practice.url)
      ? { type: 'link', url: practice.url, children: [strong(practice.title)] }
      : strong(practice.title);
  const blocks: BlockContent[] = [paragraph([title, text(practice.summary ? `${meta}: ${practice.summary}` : meta)])];
  const details: PhrasingContent[] = [];
  if (practice.contact) {
    details.push(text(t.contactLabel), text(practice.contact.role));
    if (practice.contact.email !== undefined) {
      details.push(text(', '), addressLink(`mailto:${practice.contact.email}`, practice.contact.email));
    }
  }
  const links = practice.links.filter(isSafeUrl);
  if (links.length > 0) {
    if (details.length > 0) details.push(text(' · '));
    details.push(text(t.linksLabel));
    links.forEach((url, i) => {
      if (i > 0) details.push(text(', '));
      details.push(addressLink(url, linkText(url)));
    });
  }
  if (details.length > 0) blocks.push(paragraph(details));
  return { type: 'listItem', spread: false, children: blocks, data: { sanitize: true } };
}

/**
 * A link whose visible text is its own address (an e-mail address, a web address without its scheme). The class
 * tells the print style not to print the address a second time after it, as it does for other links.
 */
function addressLink(url: string, shown: string): PhrasingContent {
  return { type: 'link', url, children: [text(shown)], data: { hProperties: { className: ['address'] } } };
}

/** A link's visible text: the host and path, without the scheme (readable on paper too). */
function linkText(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

function topics(ctx: ReportContext): DocSection {
  const content: RootContent[] = [
    heading(3, [text(t.topicsAssessedHeading)]),
    ...orNone(ctx.topics.assessed, t.noTopicsAssessed, (assessed) => [
      table({
        caption: t.topicsCaption,
        className: 'topics',
        stack: true,
        columns: [t.topicColumn, t.raisedByColumn, t.assessedOnColumn, t.scoreColumn, t.verdictColumn],
        align: ['left', 'left', 'left', 'right', 'left'],
        rowHeaders: true,
        rows: assessed.map((topic) => [
          [text(topic.title)],
          [text(topic.raisedBy)],
          [text(formatDate(topic.date))],
          [text(String(topic.total))],
          [span(verdictLabel(topic.verdict), 'badge', `verdict-${topic.verdict}`)],
        ]),
      }),
    ]),
    ...assessmentNotes(ctx),
    heading(3, [text(t.topicsRaisedHeading)]),
    ...orNone(ctx.topics.raised, t.noTopicsRaised, (raised) => [
      list(
        raised.map((topic) =>
          item([paragraph([strong(topic.title), text(t.topicRaised(topic.municipality, formatDate(topic.date), topicStatusLabel(topic.status)))])]),
        ),
      ),
    ]),
  ];
  return { id: 'actuele-onderwerpen', title: t.topicsHeading, content };
}

/** The board's notes on the topics it weighed (nothing when there are none). */
function assessmentNotes(ctx: ReportContext): RootContent[] {
  const noted = ctx.topics.assessed.filter((topic) => topic.note !== undefined);
  if (noted.length === 0) return [];
  return [
    paragraph([text(t.assessmentNotesIntro)]),
    list(noted.map((topic) => ({ ...item([paragraph([strong(`${topic.title}:`), text(` ${topic.note ?? ''}`)])]), data: { sanitize: true } }))),
  ];
}

function contributors(ctx: ReportContext): DocSection {
  const content = orNone(ctx.contributors, t.noContributors, (contributors) => [
    paragraph([text(t.contributorsIntro)]),
    list(contributors.map((c) => item([paragraph([text(c.municipality), text(t.contributorContributions(c.contributions))])]))),
  ]);
  return { id: 'bijdragers', title: t.contributorsHeading, content };
}

/** Only with `--authors`: the git authors of the period. */
function authors(list_: NonNullable<ReportContext['authors']>): DocSection {
  const content = orNone(list_, t.noAuthors, (authors) => [
    paragraph([text(t.authorsIntro)]),
    list(authors.map((a) => item([paragraph([text(a.name), text(t.contributorCommits(a.commits))])]))),
  ]);
  return { id: 'auteurs', title: t.authorsHeading, content };
}

function changes(ctx: ReportContext): DocSection {
  const content = orNone(ctx.changes, t.noChanges, (changes) => [
    paragraph([text(ctx.period.toCommit ? `${t.changesIntro} ${t.changesUpTo(ctx.period.toCommit.slice(0, 7))}` : t.changesIntro)]),
    table({
      caption: t.changesCaption,
      className: 'changes',
      stack: true,
      columns: [t.kindColumn, t.idColumn, t.titleColumn, t.whatColumn],
      align: ['left', 'left', 'left', 'left'],
      rowHeaders: false,
      rows: changes.map((change) => [
        [text(kindLabel(change.kind))],
        [{ type: 'inlineCode', value: change.id }],
        [text(change.title)],
        [text(changeLabel(change))],
      ]),
    }),
  ]);
  return { id: 'wijzigingen', title: t.changesHeading, content, newPage: true };
}

function warnings(ctx: ReportContext): DocSection {
  return {
    id: 'waarschuwingen',
    title: t.warningsHeading,
    content: [
      paragraph([text(t.warningsIntro)]),
      { ...list(ctx.warnings.map((warning) => item([paragraph([text(warning)])]))), data: { hProperties: { className: ['warnings'] } } },
    ],
  };
}

// ---------------------------------------------------------------------------------------------- builders

function text(value: string): Text {
  return { type: 'text', value };
}

/** A part of the report: its content, or one sentence saying that the period has nothing for it. */
function orNone<T>(items: readonly T[], none: string, content: (items: readonly T[]) => RootContent[]): RootContent[] {
  return items.length === 0 ? [paragraph([text(none)])] : content(items);
}

function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [text(value)] };
}

/** Plain text in Markdown; a `<span class>` in HTML. */
function span(value: string, ...className: string[]): Text {
  return { type: 'text', value, data: { hName: 'span', hProperties: { className } } };
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function heading(depth: 3 | 4, children: PhrasingContent[], id?: string): Heading {
  return { type: 'heading', depth, children, ...(id ? { data: { hProperties: { id } } } : {}) };
}

function item(children: BlockContent[]): ListItem {
  return { type: 'listItem', spread: false, children };
}

function list(children: ListItem[]): List {
  return { type: 'list', ordered: false, spread: false, children };
}

interface TableSpec {
  caption: string;
  scroll?: boolean;
  className: string;
  columns: string[];
  align: AlignType[];
  /** The first cell of each body row is a row header (`<th scope="row">` in HTML). */
  rowHeaders: boolean;
  /** On a narrow screen the rows stack (one block per row, each value with its column's name). */
  stack?: boolean;
  rows: PhrasingContent[][][];
}

function table(spec: TableSpec): Table {
  // body cells name their column (data-label): a narrow screen stacks the table and shows it before the value
  const cell = (children: PhrasingContent[], rowHeader: boolean, label?: string): TableCell => ({
    type: 'tableCell',
    children,
    ...(rowHeader
      ? { data: { hName: 'th', hProperties: { scope: 'row' } } }
      : label !== undefined
        ? { data: { hProperties: { dataLabel: label } } }
        : {}),
  });
  return {
    type: 'table',
    align: spec.align,
    data: { caption: spec.caption, scroll: spec.scroll, hProperties: { className: spec.stack ? [spec.className, 'stack'] : [spec.className] } },
    children: [
      { type: 'tableRow', children: spec.columns.map((column) => cell([text(column)], false)) },
      ...spec.rows.map((row) => ({
        type: 'tableRow' as const,
        children: row.map((children, index) => cell(children, spec.rowHeaders && index === 0, spec.stack ? spec.columns[index] : undefined)),
      })),
    ],
  };
}
