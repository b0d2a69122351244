/**
 * The filters of `k80 list`, checked against the content: an unknown theme, status or municipality is a
 * usage error (exit 2) with "bedoelde je …?", and a filter that does not apply to a kind says so.
 */
import { m } from '../../i18n/index.js';
import { UsageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';
import type { Content } from '../../content/load.js';
import { themeIndex } from '../../content/theme-index.js';
import { ACTION_STATUSES, KINDS, TOPIC_STATUSES, type ListKind } from './rows.js';

export interface Filters {
  theme?: string;
  status?: string;
  /** As written in the content (the filter matches case-insensitively). */
  municipality?: string;
}

/** Which kinds each filter applies to. */
const APPLIES: Record<keyof Filters, readonly ListKind[]> = {
  theme: ['themes', 'actions', 'practices'],
  status: ['actions', 'topics'],
  municipality: ['actions', 'practices', 'topics'],
};

const didYouMean = (guess: string | undefined): string | undefined => (guess === undefined ? undefined : m.common.didYouMean(guess));

export function checkKind(value: string | undefined): ListKind {
  if (value === undefined) return 'themes';
  if ((KINDS as readonly string[]).includes(value)) return value as ListKind;
  throw new UsageError(m.list.unknownKind(value), didYouMean(closest(value, KINDS)));
}

export function checkFilters(kind: ListKind, given: Filters, content: Content): Filters {
  const out: Filters = {};
  for (const flag of Object.keys(APPLIES) as Array<keyof Filters>) {
    if (given[flag] !== undefined && !APPLIES[flag].includes(kind)) {
      throw new UsageError(m.list.filterNotApplicable(`--${flag}`, kind), m.list.filterHint(APPLIES[flag].join('|')));
    }
  }
  if (given.theme !== undefined) {
    const themes = themeIndex(content);
    if (!themes.ids.has(given.theme)) {
      throw new UsageError(m.list.unknownTheme(given.theme, themes.known), didYouMean(themes.suggest(given.theme)));
    }
    out.theme = given.theme;
  }
  if (given.status !== undefined) {
    const allowed: readonly string[] = kind === 'topics' ? TOPIC_STATUSES : ACTION_STATUSES;
    if (!allowed.includes(given.status)) {
      throw new UsageError(m.list.unknownStatus(given.status, allowed), didYouMean(closest(given.status, allowed)));
    }
    out.status = given.status;
  }
  if (given.municipality !== undefined) {
    const known = municipalities(content);
    const match = known.find((x) => x.toLowerCase() === given.municipality!.toLowerCase());
    if (match === undefined) {
      throw new UsageError(m.list.unknownMunicipality(given.municipality), didYouMean(closest(given.municipality, known)));
    }
    out.municipality = match;
  }
  return out;
}

/** Members and every municipality named in the entries. */
function municipalities(content: Content): string[] {
  const set = new Set(content.settings?.members ?? []);
  for (const p of content.entries.practice) set.add(p.data.municipality);
  for (const t of content.entries.topic) set.add(t.data.raised_by.municipality);
  for (const a of content.entries.action) if (a.data.lead) set.add(a.data.lead.municipality);
  return [...set].sort();
}

export function sameMunicipality(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}
