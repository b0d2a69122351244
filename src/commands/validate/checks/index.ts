/**
 * The repository checks of `k80 validate`, run in a second pass over the whole repository after every file
 * was parsed and schema-checked. A plain array: adding a check is one line.
 */
import type { Content } from '../../../content/load.js';
import type { Message } from '../../../core/message.js';
import type { Check, CheckContext } from './types.js';
import { references } from './references.js';
import { themes } from './themes.js';
import { ids } from './ids.js';
import { framework } from './framework.js';
import { members } from './members.js';
import { personal } from './personal.js';
import { dates } from './dates.js';
import { assessment } from './assessment.js';
import { text } from './text.js';
import { mapMembers } from './map.js';
import { progress } from './progress.js';
import { leftovers } from './leftovers.js';
import { topicStatus } from './topic-status.js';

export type { Check, CheckContext } from './types.js';

export const CHECKS: Check[] = [references, themes, ids, framework, members, personal, dates, assessment, mapMembers, text, progress, topicStatus, leftovers];

/** Every check's messages, in the order of CHECKS. */
export function runChecks(content: Content, context: CheckContext): Message[] {
  return CHECKS.flatMap((check) => check(content, context));
}
