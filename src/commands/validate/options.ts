/** The flags of `k80 validate` as commander hands them over: shared by its command.ts (wiring) and index.ts (the work). */
export interface ValidateCliOptions {
  format: 'pretty' | 'json' | 'github' | 'markdown' | 'gitlab';
  strict: boolean;
  /** Only these files (paths as given, relative to the working directory); none: every file. */
  files?: string[];
}
