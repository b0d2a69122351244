/** Where entries name a municipality or a person, per kind (paths into the frontmatter). */
import type { EntryKind } from '../../../content/kinds.js';

type Pattern = readonly string[];

/** Objects that describe a person: `{ role?, municipality, name?, email? }`. */
export const PERSON_PLACES: Record<EntryKind, readonly Pattern[]> = {
  theme: [['portfolio_holder'], ['official_lead']],
  action: [['lead']],
  practice: [['contact']],
  topic: [['raised_by']],
  foreword: [],
};

/** Fields that hold a municipality's name. */
export const MUNICIPALITY_PLACES: Record<EntryKind, readonly Pattern[]> = {
  theme: [['portfolio_holder', 'municipality'], ['official_lead', 'municipality']],
  action: [['lead', 'municipality']],
  practice: [['municipality'], ['contact', 'municipality']],
  topic: [['raised_by', 'municipality']],
  foreword: [],
};
