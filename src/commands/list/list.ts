/** Pure: content + kind + filters → the rows to show (and what the renderer needs around them). */
import type { Content } from '../../content/load.js';
import { checkFilters, sameMunicipality, type Filters } from './filters.js';
import { actionRows, practiceRows, themeRows, topicRows, type ListKind, type RowsByKind, type ThemeRow } from './rows.js';

export interface ListResult<K extends ListKind = ListKind> {
  kind: K;
  rows: Array<RowsByKind[K]>;
  /** Number of rows before filtering. */
  total: number;
  /** Whether any filter was given. */
  filtered: boolean;
  /** Every theme in agenda order (titles and order for the renderer). */
  themes: ThemeRow[];
  /** Valid actions and practices in the repository (for the heading of the themes). */
  totals: { actions: number; practices: number };
  /** The agenda's title from k80.yaml. */
  title: string | undefined;
  /** Files left out because they have errors. */
  invalidFiles: number;
}

export type ListSort = 'date' | 'total';

export function listContent(content: Content, kind: ListKind, given: Filters = {}, sort: ListSort = 'date'): ListResult {
  const filters = checkFilters(kind, given, content);
  const themes = themeRows(content);
  const all = rowsOf(content, kind, themes);
  if (kind === 'topics' && sort === 'total') (all as Array<RowsByKind['topics']>).sort((a, b) => (b.total ?? -1) - (a.total ?? -1));
  const rows = all.filter((row) => matches(kind, row, filters));
  const invalid = new Set(content.messages.filter((x) => x.severity === 'error').map((x) => x.file));
  return {
    kind,
    rows,
    total: all.length,
    filtered: Object.keys(filters).length > 0,
    themes,
    totals: { actions: content.entries.action.length, practices: content.entries.practice.length },
    title: content.settings?.agenda.title,
    invalidFiles: invalid.size,
  };
}

function rowsOf(content: Content, kind: ListKind, themes: ThemeRow[]): Array<RowsByKind[ListKind]> {
  switch (kind) {
    case 'themes':
      return themes;
    case 'actions':
      return actionRows(content);
    case 'practices':
      return practiceRows(content);
    case 'topics':
      return topicRows(content);
  }
}

function matches(kind: ListKind, row: RowsByKind[ListKind], f: Filters): boolean {
  switch (kind) {
    case 'themes':
      return f.theme === undefined || (row as RowsByKind['themes']).id === f.theme;
    case 'actions': {
      const r = row as RowsByKind['actions'];
      return (f.theme === undefined || r.theme === f.theme) && (f.status === undefined || r.status === f.status) &&
        (f.municipality === undefined || sameMunicipality(r.municipality, f.municipality));
    }
    case 'practices': {
      const r = row as RowsByKind['practices'];
      return (f.theme === undefined || r.themes.includes(f.theme)) && (f.municipality === undefined || sameMunicipality(r.municipality, f.municipality));
    }
    case 'topics': {
      const r = row as RowsByKind['topics'];
      return (f.status === undefined || r.status === f.status) && (f.municipality === undefined || sameMunicipality(r.municipality, f.municipality));
    }
  }
}
