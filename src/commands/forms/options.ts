/** The flags of `k80 forms` as commander hands them over: shared by its command.ts (wiring) and index.ts (the work). */
export interface FormsCliOptions {
  check: boolean;
}
