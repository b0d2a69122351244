/** The flags of `k80 update` as commander hands them over: shared by its command.ts (wiring) and index.ts (the work). */
import type { GitFlags } from '../shared/publish.js';

export type UpdateKind = 'action' | 'practice' | 'topic';

/** The flags of `k80 update`, as commander hands them over (plus the kind and the id). */
export interface UpdateCliOptions extends GitFlags {
  kind: UpdateKind;
  /** Left out in a terminal: the entry is picked by its title. */
  id?: string;
  title?: string;
  status?: string;
  summary?: string;
  note?: string;
  date?: string;
  yes?: boolean;
}
