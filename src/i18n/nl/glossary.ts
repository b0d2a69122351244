/**
 * One term per concept: the words the tool, the README, CONTRIBUTING, the issue forms and the report use,
 * and the synonyms they no longer use. A test (tests/i18n/glossary.test.ts) fails when the catalogue,
 * the README, CONTRIBUTING or the generated forms use a retired synonym. Not shown to users as such: the
 * catalogue's strings use these terms.
 */
export interface Term {
  /** The word to use (singular, as in a sentence). */
  term: string;
  /** Its plural, where it has one. */
  plural?: string;
  /** What it means, in one line. */
  meaning: string;
  /** Words that must not be used for this concept: regular-expression sources, matched case-sensitively. */
  retired: readonly string[];
}

export const glossary = {
  topic: {
    term: 'actueel onderwerp',
    plural: 'actuele onderwerpen',
    meaning: 'een onderwerp dat een lid inbrengt en dat het Dagelijks bestuur weegt (agenda/topics/); geen thema van de agenda',
    retired: ['[Aa]ctue(el|le) thema\\b'],
  },
  theme: {
    term: 'thema',
    plural: "thema's",
    meaning: "een van de acht thema's van de Agenda K80 (agenda/themes/)",
    retired: [],
  },
  board: {
    term: 'Dagelijks bestuur',
    meaning: 'het bestuur van het netwerk dat de actuele onderwerpen weegt',
    retired: ['Dagelijks Bestuur'],
  },
  active: {
    term: 'lopend',
    meaning: 'de status active van een actie (Lopend in lijsten)',
    retired: ['`active` \\(loopt\\)', 'active = loopt'],
  },
  dropped: {
    term: 'vervallen',
    meaning: 'de status dropped van een actie (Vervallen in lijsten)',
    retired: ['`dropped` \\(gestopt\\)', 'dropped = gestopt'],
  },
  atMost: {
    term: 'hooguit',
    meaning: 'niet meer dan (bij een grens: "hooguit 280 tekens")',
    retired: ['[Hh]oogstens'],
  },
} as const satisfies Record<string, Term>;

/**
 * Lines of `text` that use a retired synonym: `[term, line number, line]`. Text quoted from the agenda of
 * 2022 itself (the theme's tagline "we spelen in op actuele thema's") is the agenda's own wording and is
 * left as it is.
 */
export function retiredUses(text: string, quoted: readonly string[] = ["we spelen in op actuele thema's"]): Array<[string, number, string]> {
  const out: Array<[string, number, string]> = [];
  text.split('\n').forEach((line, i) => {
    let rest = line;
    for (const q of quoted) rest = rest.split(q).join('');
    for (const entry of Object.values(glossary) as Term[]) {
      for (const pattern of entry.retired) {
        if (new RegExp(pattern).test(rest)) out.push([entry.term, i + 1, line.trim()]);
      }
    }
  });
  return out;
}
