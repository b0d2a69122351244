/**
 * Pure: the loaded agenda arranged for the site — themes in agenda order with their actions (in agenda order)
 * and practices, members with their page's slug, and the history's dates attached.
 */
import type { Content } from '../../content/load.js';
import type { Entry, Practice, Theme, Topic } from '../../content/types.js';
import { slugify } from '../../content/id.js';
import { byActionOrder } from '../../content/action-order.js';
import type { StatusChange } from './history.js';

export interface SiteMember {
  name: string;
  slug: string;
  practices: Array<Entry<'practice'>>;
  actions: Array<Entry<'action'>>;
  topics: Array<Entry<'topic'>>;
}

export interface SiteModel {
  name: string;
  agendaTitle: string;
  adopted: string;
  themes: Array<Entry<'theme'>>;
  themeById: Map<string, Entry<'theme'>>;
  actionsByTheme: Map<string, Array<Entry<'action'>>>;
  practicesByTheme: Map<string, Array<Entry<'practice'>>>;
  /** Every practice, newest (`date`, then id) first. */
  practices: Array<Entry<'practice'>>;
  topics: Array<Entry<'topic'>>;
  members: SiteMember[];
  memberByName: Map<string, SiteMember>;
  framework: Content['framework'];
  statusChanges: Map<string, StatusChange[]>;
  practiceUpdated: Map<string, string>;
  practiceAdded: Map<string, string>;
}

/** The practices' order on the site: newest (`date`, then id) first. */
export const newestFirst = (a: Entry<'practice'>, b: Entry<'practice'>): number =>
  a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : a.id < b.id ? -1 : 1;

export function buildModel(
  content: Content,
  history: { statusChanges: Map<string, StatusChange[]>; practiceUpdated: Map<string, string>; practiceAdded: Map<string, string> },
): SiteModel {
  const settings = content.settings;
  const themes = [...content.entries.theme].sort((a, b) => (a.data as Theme).order - (b.data as Theme).order);
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const actionsByTheme = new Map<string, Array<Entry<'action'>>>(themes.map((t) => [t.id, []]));
  for (const a of content.entries.action) actionsByTheme.get(a.data.theme)?.push(a);
  for (const list of actionsByTheme.values()) {
    // the one action order of `list` and the report: `order`, then title, then id
    list.sort((a, b) => byActionOrder({ ...a.data, id: a.id }, { ...b.data, id: b.id }));
  }
  const practices = [...content.entries.practice].sort(newestFirst);
  const practicesByTheme = new Map<string, Array<Entry<'practice'>>>(themes.map((t) => [t.id, []]));
  for (const p of practices) for (const theme of (p.data as Practice).themes) practicesByTheme.get(theme)?.push(p);

  const members: SiteMember[] = [];
  const memberByName = new Map<string, SiteMember>();
  const slugs = new Set<string>();
  for (const name of settings?.members ?? []) {
    if (memberByName.has(name)) continue;
    let slug = slugify(name, 'gemeente');
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name, 'gemeente')}-${n}`;
    slugs.add(slug);
    const member: SiteMember = { name, slug, practices: [], actions: [], topics: [] };
    members.push(member);
    memberByName.set(name, member);
  }
  for (const p of practices) memberByName.get(p.data.municipality)?.practices.push(p);
  for (const theme of themes) {
    for (const a of actionsByTheme.get(theme.id) ?? []) {
      const lead = a.data.lead?.municipality;
      if (lead !== undefined) memberByName.get(lead)?.actions.push(a);
    }
  }
  const topics = [...content.entries.topic].sort((a, b) =>
    (a.data as Topic).date < (b.data as Topic).date ? 1 : (a.data as Topic).date > (b.data as Topic).date ? -1 : a.id < b.id ? -1 : 1);
  for (const topic of topics) memberByName.get(topic.data.raised_by.municipality)?.topics.push(topic);

  return {
    name: settings?.name ?? 'K80',
    agendaTitle: settings?.agenda.title ?? '',
    adopted: settings?.agenda.adopted ?? '',
    themes,
    themeById,
    actionsByTheme,
    practicesByTheme,
    practices,
    topics,
    members,
    memberByName,
    framework: content.framework,
    ...history,
  };
}
