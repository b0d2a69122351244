/** The flags of `k80 intake` as commander hands them over: shared by its command.ts (wiring) and index.ts (the work). */
export interface IntakeCliOptions {
  form: 'practice' | 'progress' | 'topic';
  bodyFile: string;
  issue?: string;
  commentFile?: string;
}
