/**
 * Pure: a small Dutch suffix stemmer for the catalogue's search, so that "woningen" finds "woning" and
 * "gemeenten" finds "gemeente". The same function runs at build time (the index) and in the browser (the
 * query): the page's script holds its source (`stemSource`). It must stay self-contained: no imports, no
 * helpers outside its body.
 */
export function stem(term: string): string {
  let w = term.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  // suffix → what replaces it; the first that fits (leaving at least three letters) is taken
  const rules: Array<[string, string]> = [
    ['heden', 'heid'], ['ingen', 'ing'], ['tjes', ''], ['jes', ''], ["'s", ''],
    ['ers', 'er'], ['els', 'el'], ['en', ''], ['tje', ''], ['je', ''], ['e', ''],
  ];
  for (const [suffix, replacement] of rules) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, w.length - suffix.length) + replacement;
      break;
    }
  }
  if (/([bdfgklmnprst])\1$/.test(w)) w = w.slice(0, -1); // plannen → plann → plan
  if (w.endsWith('z')) w = `${w.slice(0, -1)}s`; // huizen → huiz → huis
  else if (w.endsWith('v')) w = `${w.slice(0, -1)}f`; // brieven → briev → brief
  return w;
}

/** The stemmer's source, for the browser. */
export const stemSource = `var stem = ${stem.toString()};`;
