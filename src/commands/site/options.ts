/** The flags of `k80 site` as commander hands them over: shared by its command.ts (wiring) and index.ts (the work). */
export interface SiteCliOptions {
  out: string;
  baseUrl?: string;
}
