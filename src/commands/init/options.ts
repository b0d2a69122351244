/** The flags of `k80 init` as commander hands them over: shared by its command.ts (wiring) and index.ts (the work). */
export interface InitCliOptions {
  dir?: string;
  name?: string;
  agendaTitle?: string;
  commit: boolean;
}
