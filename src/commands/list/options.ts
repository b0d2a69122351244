/** The flags of `k80 list` as commander hands them over: shared by its command.ts (wiring) and index.ts (the work). */
export interface ListCliOptions {
  /** The positional argument: themes, actions, practices or topics (checked by the command). */
  kind?: string;
  theme?: string;
  status?: string;
  municipality?: string;
  json: boolean;
  /** topics only: date (newest first, the default) or total (highest first). */
  sort?: 'date' | 'total';
}
