/**
 * Every schema keyword that can fire on our schemas has our own Dutch message: the field by its Dutch title,
 * what is wrong, the right form and the fix. One table, each message exactly; none has an English word or a
 * double space. Real schemas, real parser.
 */
import { describe, expect, it } from 'vitest';
import { compileSchemas, checkSchema, createAjv, guessDate } from '../../src/content/schema.js';
import { readSchemas } from '../../src/content/read.js';
import { parseEntrySource, parseYamlSource } from '../../src/content/frontmatter.js';
import type { Message } from '../../src/core/message.js';

const v = compileSchemas(readSchemas());

const PRACTICE: Record<string, string> = {
  title: 'Dorpsplan met inwoners',
  municipality: 'Ameland',
  themes: '[wonen]',
  date: '"2026-03-05"',
  summary: 'Inwoners schrijven samen met de gemeente een dorpsplan.',
};

/** A practice with some lines replaced (undefined removes a line), checked against the practice schema. */
function practice(fields: Record<string, string | undefined>): Message[] {
  const all = { ...PRACTICE, ...fields };
  const yaml = Object.entries(all)
    .filter(([, value]) => value !== undefined)
    .map(([k, value]) => `${k}:${value!.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
  const source = parseEntrySource('agenda/practices/x.md', `---\n${yaml}\n---\nTekst.\n`);
  expect(source.messages).toEqual([]);
  return checkSchema('agenda/practices/x.md', source, v.practice);
}

const FRAMEWORK = `version: 1
scale:
  min: 0
  max: 3
  labels:
    0: niet
    3: sterk
criteria:
  - id: impact
    question: Raakt het kleine gemeenten?
    help: Denk aan kleine kernen.
    weight: 3
thresholds:
  take-up: 65
  monitor: 40
`;

function framework(replace: [string, string][]): Message[] {
  let text = FRAMEWORK;
  for (const [a, b] of replace) text = text.replace(a, b);
  const source = parseYamlSource('agenda/afwegingskader.yaml', text);
  expect(source.messages).toEqual([]);
  return checkSchema('agenda/afwegingskader.yaml', source, v.framework);
}

function settings(text: string): Message[] {
  const source = parseYamlSource('agenda/k80.yaml', text);
  return checkSchema('agenda/k80.yaml', source, v.settings);
}

type Case = [keyword: string, messages: () => Message[], expected: Array<[rule: string, message: string]>];

const CASES: Case[] = [
  ['type: a list', () => practice({ themes: 'nabijheid' }), [[
    'schema-type',
    "Bij Thema's (themes) hoort een lijst, ook als er maar één waarde is: elke waarde op een eigen regel met een streepje ervoor. Bijvoorbeeld:\nthemes:\n  - nabijheid\n  - wonen",
  ]]],
  ['type: a text', () => practice({ title: '2026' }), [[
    'schema-type', 'Titel (title) moet een tekst zijn, maar er staat het getal 2026. Zet de tekst achter de dubbele punt, bijvoorbeeld title: "Dorpsplan Ameland".',
  ]]],
  ['type: a group of fields', () => practice({ contact: 'beleidsadviseur' }), [[
    'schema-type',
    'Bij Contact (contact) horen velden op de regels eronder, twee spaties ingesprongen; er staat de tekst "beleidsadviseur". Bijvoorbeeld:\ncontact:\n  role: beleidsadviseur wonen\n  municipality: Beesel',
  ]]],
  ['type: a whole number', () => framework([['version: 1', 'version: "1"']]), [[
    'schema-type', 'Versie (version) moet een heel getal zijn, zonder aanhalingstekens, bijvoorbeeld 3. Er staat de tekst "1".',
  ]]],
  ['type: true or false', () => framework([['    weight: 3', '    weight: 3\n    knockout: ja']]), [[
    'schema-type', 'Knock-out (criteria.knockout) is true (ja) of false (nee), zonder aanhalingstekens. Er staat de tekst "ja".',
  ]]],
  ['required', () => practice({ summary: undefined }), [[
    'schema-required', 'Het verplichte veld Samenvatting (summary) ontbreekt. Voeg een regel toe als summary: …',
  ]]],
  ['required, nested', () => practice({ contact: '\n  email: info@ameland.nl' }), [[
    'schema-required', 'Het verplichte veld Rol (role) ontbreekt in Contact (contact). Voeg een regel toe als role: …',
  ]]],
  ['additionalProperties: one typo, one message', () => practice({ municipality: undefined, municpality: 'Ameland' }), [[
    'schema-unknown-key', "Onbekend veld 'municpality'. Toegestaan: title, municipality, themes, date, summary, tags, contact, links.",
  ]]],
  ['minLength', () => practice({ summary: '""' }), [[
    'schema-min-length', 'Samenvatting (summary) is leeg. Vul het in, of haal de regel weg als het veld niet verplicht is.',
  ]]],
  ['maxLength', () => practice({ summary: 'a'.repeat(281) }), [[
    'schema-max-length', 'Samenvatting (summary) is te lang: 281 tekens, hooguit 280. Maak de tekst korter.',
  ]]],
  ['pattern: a date in the wrong order', () => practice({ date: '12-03-2024' }), [[
    'schema-pattern', 'Datum (date) staat in de verkeerde vorm: "12-03-2024". Schrijf jaar-maand-dag tussen aanhalingstekens: "2024-03-12".',
  ]]],
  ['format: a date that does not exist', () => practice({ date: '"2026-13-45"' }), [[
    'schema-format', 'Datum (date) is een datum die niet bestaat: "2026-13-45". Controleer de maand (01 tot en met 12) en de dag.',
  ]]],
  ['pattern: no date at all', () => practice({ date: '5 maart' }), [[
    'schema-pattern', 'Datum (date) is geen datum: "5 maart". Schrijf de datum als jaar-maand-dag tussen aanhalingstekens, bijvoorbeeld "2026-03-15".',
  ]]],
  ['format: a link with a space', () => practice({ links: '\n  - https://www.ameland.nl/dorps plan' }), [[
    'schema-format', 'Link 1 (links) bevat een spatie: "https://www.ameland.nl/dorps plan". Een link heeft geen spaties: haal de spatie weg of schrijf er %20 voor in de plaats.',
  ]]],
  ['pattern: a link without https://', () => practice({ links: '\n  - https://www.ameland.nl\n  - www.ameland.nl/plan' }), [[
    'schema-pattern', 'Link 2 (links) is geen volledige link: "www.ameland.nl/plan". Een link begint met https:// (of http://), bijvoorbeeld https://www.voorbeeld.nl/pagina.',
  ]]],
  ['format: an e-mail address', () => practice({ contact: '\n  role: adviseur\n  email: wonen-at-ameland.nl' }), [[
    'schema-format', 'E-mailadres (contact.email) is geen geldig e-mailadres: "wonen-at-ameland.nl". Gebruik het adres van een functionele mailbox, bijvoorbeeld info@gemeente.nl.',
  ]]],
  ['pattern: an id', () => practice({ themes: '[Sociaal Domein]' }), [[
    'schema-pattern', 'Thema-id 1 (themes) is geen geldige id: "Sociaal Domein". Een id bestaat uit kleine letters a-z, cijfers en streepjes, bijvoorbeeld sociaal-domein.',
  ]]],
  ['a valid practice and framework: nothing', () => framework([]).concat(practice({})), []],
  ['minItems: an empty list', () => practice({ themes: '[]' }), [[
    'schema-min-items', "Bij Thema's (themes) hoort ten minste één waarde. Bijvoorbeeld:\nthemes:\n  - wonen\n  - nabijheid",
  ]]],
  ['maxItems', () => practice({ tags: `[${Array.from({ length: 21 }, (_, i) => `t${i}`).join(', ')}]` }), [[
    'schema-max-items', 'Bij Trefwoorden (tags) horen hooguit 20 waarden; er staan er 21. Haal er 1 weg.',
  ]]],
  ['uniqueItems', () => practice({ themes: '[wonen, nabijheid, wonen]' }), [[
    'schema-unique-items', 'Thema\'s (themes) noemt "wonen" twee keer (nummer 1 en 3). Laat er één staan.',
  ]]],
  ['minimum', () => framework([['version: 1', 'version: 0']]), [[
    'schema-minimum', 'Versie (version) is 0, maar moet ten minste 1 zijn.',
  ]]],
  ['maximum', () => framework([['take-up: 65', 'take-up: 120']]), [[
    'schema-maximum', 'Drempel oppakken (thresholds.take-up) is 120, maar mag hooguit 100 zijn.',
  ]]],
  ['exclusiveMinimum', () => framework([['weight: 3', 'weight: 0']]), [[
    'schema-exclusive-minimum', 'Gewicht (criteria.weight) is 0, maar moet groter zijn dan 0.',
  ]]],
  ['propertyNames', () => framework([['    3: sterk', '    veel: sterk']]), [[
    'schema-property-name', 'In Labels (scale.labels) is "veel" geen geldige naam. Kijk in de uitleg van het schema (map schemas/) welke namen hier kunnen.',
  ]]],
  ['minItems: settings without members', () => settings('name: K80\nagenda:\n  title: Agenda K80\n  adopted: "2022-11-30"\nmembers: []\n'), [[
    'schema-min-items', 'Bij Leden (members) hoort ten minste één waarde. Bijvoorbeeld:\nmembers:\n  - Beesel\n  - Vaals',
  ]]],
];

describe('schema messages: one per keyword, our own Dutch', () => {
  it.each(CASES)('%s', (_, run, expected) => {
    expect(run().map((x) => [x.rule, x.message])).toEqual(expected);
  });

  it('enum: the value, the field and the choices, with the nearest choice', () => {
    const source = parseEntrySource('agenda/actions/x.md', '---\ntitle: X\ntheme: wonen\ntype: lobby\nstatus: actve\n---\n');
    const [msg] = checkSchema('agenda/actions/x.md', source, v.action);
    expect(msg).toMatchObject({
      rule: 'schema-enum',
      message: "'actve' is geen geldige waarde voor Status (status). Kies uit: planned, active, done, dropped.",
      suggestion: 'bedoelde je `active`?',
    });
  });

  it('keywords our schemas do not use yet (const, exclusiveMaximum, multipleOf) also speak Dutch', () => {
    const validate = createAjv().compile({
      type: 'object',
      properties: {
        a: { title: 'Soort', const: 'vast' },
        b: { title: 'Aantal', type: 'number', exclusiveMaximum: 10, multipleOf: 2 },
      },
    });
    const source = parseYamlSource('x.yaml', 'a: los\nb: 11\n');
    expect(checkSchema('x.yaml', source, validate).map((x) => x.message)).toEqual([
      'Soort (a) moet precies vast zijn. Er staat de tekst "los".',
      'Aantal (b) is 11, maar moet kleiner zijn dan 10.',
      'Aantal (b) is 11, maar moet een veelvoud van 2 zijn.',
    ]);
  });

  it('no message has an English word, a double space or a space before a full stop', () => {
    const all = CASES.flatMap(([, run]) => run().map((x) => x.message));
    const english = /\b(must|should|property|properties|string|array|object|integer|number|boolean|items?|characters?|allowed|equal|format|pattern|match|required|additional|not|be|have|fewer|more|than)\b/i;
    for (const text of all) {
      expect(text, text).not.toMatch(english);
      expect(text, text).not.toMatch(/ {2}(?! *-|\w+:)|[^\n ] {2}/);
      expect(text, text).not.toMatch(/ \./);
    }
  });

  it('guesses the date someone meant', () => {
    expect(guessDate('12-03-2024')).toBe('2024-03-12');
    expect(guessDate('1/3/2024')).toBe('2024-03-01');
    expect(guessDate('2024-3-5')).toBe('2024-03-05');
    expect(guessDate('31-02-2024')).toBeUndefined();
    expect(guessDate('5 maart')).toBeUndefined();
  });
});
