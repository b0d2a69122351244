/** Dutch texts of the prompt layer (src/prompts), shared by add, update and score. */
export const prompts = {
  keys: {
    '↑↓': '↑↓',
    '⏎': 'enter',
    space: 'spatie',
    navigate: 'kiezen',
    select: 'selecteren',
    submit: 'verder',
    all: 'alles',
    invert: 'omkeren',
  } as Record<string, string>,
  required: 'Vul dit in.',
  tooLong: (limit: number, n: number) => `Te lang: ${n} tekens, hooguit ${limit}.`,
  count: (n: number, limit: number) => (n > limit ? `(${n}/${limit}, te lang)` : `(${n}/${limit})`),
  yesNoDefaultYes: '(J/n)',
  yesNoDefaultNo: '(j/N)',
  yesNoInvalid: 'Antwoord met j (ja) of n (nee).',
  yes: 'ja',
  no: 'nee',
  editorHelp: 'Je editor wordt geopend; sla op en sluit hem om verder te gaan.',
  editorHow: {
    notepad: 'In Kladblok: Ctrl+S slaat op, daarna sluit je het venster.',
    nano: 'In nano: Ctrl+O en Enter slaat op, Ctrl+X sluit.',
    vi: 'In vi: druk Esc, typ :wq en Enter om op te slaan en te sluiten.',
    other: 'Sla het bestand op en sluit de editor.',
  },
  editorReceived: 'Ontvangen.',
} as const;
