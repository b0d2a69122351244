/** What a repository check is: a pure function from the loaded content to messages. */
import type { Content } from '../../../content/load.js';
import type { Message } from '../../../core/message.js';

export interface CheckContext {
  /** Today as YYYY-MM-DD (injected, so that checks stay pure and tests stay fixed). */
  today: string;
  /** The map's municipality names and codes (read once by validate); without them the map check is skipped. */
  mapNames?: ReadonlyArray<{ code: string; name: string }> | undefined;
}

/** A check over the whole repository (the second pass, after every file was parsed and schema-checked). */
export type Check = (content: Content, context: CheckContext) => Message[];
