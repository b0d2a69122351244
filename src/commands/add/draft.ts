/**
 * Pure: what `k80 add` collects (a draft, from flags and prompts) and how it becomes an entry's frontmatter,
 * body and commit message. No file system, no git.
 */
import { m } from '../../i18n/index.js';
import { cleanLine, cleanText } from '../../content/entry-text.js';
import type { EntryKind } from '../../content/kinds.js';

export type AddKind = Exclude<EntryKind, 'theme' | 'foreword'>;

/** Every field `k80 add` can fill, whatever the kind. Empty lists and undefined mean "not given". */
export interface Draft {
  title?: string;
  /** A practice's municipality, a topic's raised_by.municipality, an action's lead.municipality. */
  municipality?: string;
  /** A topic's raised_by.role, an action's lead.role. */
  role?: string;
  /** A topic's raised_by.name, an action's lead.name. */
  name?: string;
  themes: string[];
  type?: string;
  status?: string;
  summary?: string;
  tags: string[];
  links: string[];
  contactRole?: string;
  contactMunicipality?: string;
  contactName?: string;
  contactEmail?: string;
  date?: string;
  body?: string;
}

/** The single-line text fields of a draft (flags of the same name set them). */
export const LINE_FIELDS = [
  'title', 'municipality', 'role', 'name', 'type', 'status', 'summary',
  'contactRole', 'contactMunicipality', 'contactName', 'contactEmail', 'date',
] as const satisfies ReadonlyArray<keyof Draft>;

/** Clean user text: single-line fields collapsed, lists without empties and duplicates, the body normalised. */
export function cleanDraft(d: Draft): Draft {
  const line = (s: string | undefined): string | undefined => {
    if (s === undefined) return undefined;
    const c = cleanLine(s);
    return c === '' ? undefined : c;
  };
  const list = (xs: readonly string[]): string[] => [...new Set(xs.map((x) => cleanLine(x)).filter((x) => x !== ''))];
  const out: Draft = {
    themes: list(d.themes),
    tags: list(d.tags.flatMap((t) => t.split(','))),
    links: list(d.links),
  };
  for (const key of LINE_FIELDS) {
    const v = line(d[key]);
    if (v !== undefined) out[key] = v;
  }
  if (d.body !== undefined) out.body = cleanText(d.body);
  return out;
}

/** The flag that sets each draft field (for "missing" and "invalid" messages). */
export const FIELD_FLAG = {
  title: '--title',
  municipality: '--municipality',
  role: '--role',
  name: '--name',
  themes: '--theme',
  type: '--type',
  status: '--status',
  summary: '--summary',
  tags: '--tag',
  links: '--link',
  contactRole: '--contact-role',
  contactMunicipality: '--contact-municipality',
  contactName: '--contact-name',
  contactEmail: '--contact-email',
  date: '--date',
  body: '--body',
} as const satisfies Record<keyof Draft, string>;

/** Fields without which an entry of the kind cannot be written (the others have defaults or are optional). */
const REQUIRED: Record<AddKind, ReadonlyArray<keyof Draft>> = {
  practice: ['title', 'municipality', 'themes', 'summary'],
  action: ['title', 'themes', 'type'],
  topic: ['title', 'municipality'],
};

export function missingFields(kind: AddKind, d: Draft): Array<keyof Draft> {
  return REQUIRED[kind].filter((k) => {
    const v = d[k];
    return v === undefined || (Array.isArray(v) && v.length === 0);
  });
}

/** Defaults for fields the user did not give. */
const DEFAULT_STATUS: Record<AddKind, string | undefined> = { practice: undefined, action: 'planned', topic: 'open' };

type Data = Record<string, unknown>;

function person(d: Draft): Data | undefined {
  if (d.municipality === undefined && d.role === undefined && d.name === undefined) return undefined;
  return { role: d.role, municipality: d.municipality, name: d.name };
}

/** The frontmatter of the new entry (`today` is the default date). Keys are ordered by the serialiser. */
export function toData(kind: AddKind, d: Draft, today: string): Data {
  switch (kind) {
    case 'practice': {
      const contactGiven = [d.contactRole, d.contactMunicipality, d.contactName, d.contactEmail].some((x) => x !== undefined);
      const contactMunicipality = d.contactMunicipality === d.municipality ? undefined : d.contactMunicipality;
      return {
        title: d.title,
        municipality: d.municipality,
        themes: d.themes,
        date: d.date ?? today,
        summary: d.summary,
        tags: d.tags.length > 0 ? d.tags : undefined,
        contact: contactGiven
          ? { role: d.contactRole, municipality: contactMunicipality, name: d.contactName, email: d.contactEmail }
          : undefined,
        links: d.links.length > 0 ? d.links : undefined,
      };
    }
    case 'action':
      return {
        title: d.title,
        theme: d.themes[0],
        type: d.type,
        status: d.status ?? DEFAULT_STATUS.action,
        lead: person(d),
      };
    case 'topic':
      return {
        title: d.title,
        raised_by: person(d),
        date: d.date ?? today,
        status: d.status ?? DEFAULT_STATUS.topic,
      };
  }
}

/** The body template of a practice: the four headings, each with a hint that does not show when rendered. */
export function practiceTemplate(): string {
  return m.add.template.practice.map(([heading, hint]) => `## ${heading}\n\n<!-- ${hint} -->\n`).join('\n');
}

/** The body of the new entry: given text, else the kind's template (an action repeats its title). */
export function toBody(kind: AddKind, d: Draft): string {
  if (d.body !== undefined && d.body.trim() !== '') return d.body;
  if (kind === 'practice') return practiceTemplate();
  if (kind === 'action') return d.title ?? '';
  return '';
}

/** Dutch commit message for a new entry. */
export function addCommitMessage(kind: AddKind, d: Draft, themeTitle?: string): string {
  const title = d.title ?? '';
  switch (kind) {
    case 'practice':
      return m.add.commit.practice(title, d.municipality ?? '');
    case 'action':
      return m.add.commit.action(title, themeTitle);
    case 'topic':
      return m.add.commit.topic(title, d.municipality ?? '');
  }
}

/** The id to fall back on when a title has no letters or digits. */
export const FALLBACK_ID: Record<AddKind, string> = { practice: 'goed-voorbeeld', action: 'actie', topic: 'actueel-thema' };
