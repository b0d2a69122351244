/** The flags of `k80 score` as commander hands them over: shared by its command.ts (wiring) and index.ts (the work). */
export interface ScoreCliOptions {
  /** Topic id; may be left out in a terminal. */
  topic?: string;
  /** `criterion=value`, as given, in order. */
  set?: string[];
  by?: string;
  note?: string;
  /** The date of the weighing (the board meeting), YYYY-MM-DD; default today. */
  date?: string;
  dryRun?: boolean;
  /** false with --no-commit. */
  commit?: boolean;
  json?: boolean;
}
