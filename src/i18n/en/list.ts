/** English messages of `k80 list`. */
import type { Area } from '../nl/index.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const list: Area<'list'> = {
  description: 'the agenda at a glance: themes, actions, good practices or current topics',
  argKind: 'what you want to see: themes (default), actions, practices (good practices) or topics (current topics)',
  optTheme: 'only what belongs to this theme (id, for example wonen)',
  optStatus: 'only actions or topics with this status (for example active or open)',
  optMunicipality: 'only what comes from this municipality (good practices, topics, leads of actions)',
  optJson: 'output as JSON (for scripts)',
  optSort: 'order of the current topics: date (newest first) or total (highest total first)',

  agendaTitle: 'Agenda',
  themesSummary: (themes: number, actions: number, practices: number) =>
    `${plural(themes, 'theme', 'themes')}, ${plural(actions, 'action', 'actions')}, ${plural(practices, 'good practice', 'good practices')}`,
  themeCounts: (actions: string, practices: number) => `actions: ${actions} · good practices: ${practices}`,
  noActions: 'none',
  countOf: (label: string, n: number) => `${n} ${label.toLowerCase()}`,

  count: {
    themes: (n: number) => plural(n, 'theme', 'themes'),
    actions: (n: number) => plural(n, 'action', 'actions'),
    practices: (n: number) => plural(n, 'good practice', 'good practices'),
    topics: (n: number) => plural(n, 'current topic', 'current topics'),
  },
  countFiltered: (shown: string, total: number) => `${shown} (of ${total}).`,
  countAll: (shown: string) => `${shown}.`,
  empty: {
    themes: 'There are no themes.',
    actions: 'There are no actions.',
    practices: 'There are no good practices yet. Add one with: k80 add practice',
    topics: 'There are no current topics yet. Add one with: k80 add topic',
  },
  noneMatch: 'Nothing found that matches the filters.',
  total: (total: number) => `total ${total}`,

  invalidFiles: (n: number) =>
    `${n === 1 ? '1 file has' : `${n} files have`} errors and ${n === 1 ? 'is' : 'are'} not in this list. Run k80 validate for the details.`,
  unknownKind: (value: string) => `Unknown kind '${value}'. Choose from: themes, actions, practices, topics.`,
  unknownTheme: (value: string, known: readonly string[]) =>
    `Unknown theme '${value}' for --theme. Themes: ${known.join(', ')}.`,
  unknownStatus: (value: string, allowed: readonly string[]) => `Unknown status '${value}' for --status. Choose from: ${allowed.join(', ')}.`,
  unknownMunicipality: (value: string) => `No municipality '${value}' found for --municipality (not in the list of members and not in the agenda).`,
  filterNotApplicable: (flag: string, kind: string) => `The option ${flag} does not work with '${kind}'.`,
  filterHint: (kinds: string) => `Use this option with: k80 list ${kinds}.`,
};
