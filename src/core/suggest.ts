/** "bedoelde je …?": the closest candidate to a misspelt word, or undefined when nothing is close. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(needle, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(needle.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * Words people type as an option, and the option they mean (`--titel` → `--title`). Dutch guesses work
 * whatever the language of the messages, so this is one table, not part of a catalogue.
 */
export const OPTION_GUESSES: Readonly<Record<string, string>> = {
  titel: 'title',
  thema: 'theme',
  themas: 'theme',
  gemeente: 'municipality',
  periode: 'period',
  notitie: 'note',
  opmerking: 'note',
  samenvatting: 'summary',
  datum: 'date',
  trefwoord: 'tag',
  soort: 'type',
  naam: 'name',
  rol: 'role',
  tekst: 'body',
  van: 'from',
  tot: 'to',
  formaat: 'format',
  uitvoer: 'out',
  door: 'by',
};
