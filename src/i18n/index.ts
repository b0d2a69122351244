/**
 * The message catalogue: every human-facing string of the tool, Dutch by default. Commands import `m` and
 * never hold literal text. One file per area under `nl/`; `en/` has the same shape (typed against the Dutch
 * catalogue, so a missing or extra key is a type error) and is loaded only when asked for (`--lang en` or
 * `K80_LANG=en`), by the CLI edge, before any command module is loaded.
 */
import { nl, type Catalogue } from './nl/index.js';

export { nl };
export type { Area, Catalogue, Shape } from './nl/index.js';

/** The languages of the tool; the first is the default. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** The active catalogue (a live binding: `setLanguage` replaces it). */
export let m: Catalogue = nl;
/** The active language. */
export let language: Language = 'nl';

/**
 * Switch the active catalogue. Call it before the modules that use `m` are loaded: some keep a reference
 * to an area (`const t = m.report.render`) when they load.
 */
export async function setLanguage(lang: Language): Promise<void> {
  m = lang === 'en' ? (await import('./en/index.js')).en : nl;
  language = lang;
}

/**
 * The language asked for: `--lang X` / `--lang=X` on the command line (before a `--`), else `K80_LANG`, else
 * Dutch. An unknown value on the command line is left to the option parser (which names the choices); an
 * unknown `K80_LANG` is returned as `bad` so the edge can say so.
 */
export function languageFrom(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { lang: Language; bad?: undefined } | { lang: Language; bad: string } {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') break;
    const value = a === '--lang' ? args[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined) return { lang: isLanguage(value) ? value : 'nl' };
  }
  const fromEnv = env.K80_LANG?.trim().toLowerCase();
  if (!fromEnv) return { lang: 'nl' };
  return isLanguage(fromEnv) ? { lang: fromEnv } : { lang: 'nl', bad: env.K80_LANG ?? '' };
}
