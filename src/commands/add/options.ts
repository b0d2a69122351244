/** The flags of `k80 add` as commander hands them over: shared by its command.ts (wiring) and index.ts (the work). */
import type { AddKind, Draft } from './draft.js';
import type { GitFlags } from '../shared/publish.js';

/** The flags of `k80 add`, as commander hands them over (plus the kind): the draft's fields, lists repeated. */
export interface AddCliOptions extends Omit<Draft, 'themes' | 'tags' | 'links'>, GitFlags {
  kind: AddKind;
  theme?: string[];
  tag?: string[];
  link?: string[];
  bodyFile?: string;
  edit?: boolean;
  yes?: boolean;
}
