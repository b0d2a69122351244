/** English messages of the content loader (reading and parsing entry files). */
import type { Area } from '../nl/index.js';

export const content: Area<'content'> = {
  notUtf8: 'The file is not valid UTF-8 text. Save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8).',
  fileTooLarge: (max: number) =>
    `The file is too large (more than ${Math.round(max / 1024)} KiB). A good practice or action should be short; put attachments elsewhere and link to them.`,
  yamlTooLarge: (max: number) => `The YAML fields are too large (more than ${max} characters).`,
  yamlTooDeep: (max: number) => `The YAML fields are nested too deeply (more than ${max} levels).`,
  yamlSyntax: (detail: string) => `The YAML is invalid: ${detail}`,
  yamlErrors: {
    BLOCK_AS_IMPLICIT_KEY: 'after a key with a value on the same line there cannot be a second colon. Put the value in quotes ("…").',
    UNEXPECTED_TOKEN: 'there is something unexpected after the value. Put the whole value in quotes ("…").',
    MULTIPLE_DOCS: 'a line with --- closes the frontmatter; there may be only one.',
    BAD_SCALAR_START: 'a value cannot start with @, ` or %. Put the value in quotes ("…").',
    TAB_AS_INDENT: 'indent with spaces, not with tabs.',
    BAD_INDENT: 'the indentation is wrong: fields on the same level start in the same column, and a list between [ ] or { } must be closed.',
    MISSING_CHAR: 'a character is missing: a closing quote or bracket, or a colon after a key.',
    MULTILINE_IMPLICIT_KEY: 'a key must be on one line, followed by a colon.',
    BAD_DQ_ESCAPE: 'a backslash (\\) between double quotes must be doubled, or use single quotes.',
    MULTIPLE_ANCHORS: 'a value has more than one &anchor.',
    KEY_OVER_1024_CHARS: 'a key is too long (more than 1024 characters).',
  } as Record<string, string>,
  yamlAlias: 'YAML anchors and aliases (&name and *name) are not allowed. Write the value in full.',
  duplicateKey: (key: string) => `The field '${key}' is there twice. Keep one.`,
  frontmatterMissing:
    'The file does not start with frontmatter. Put exactly --- on the first line, then the fields (title: …) and close with a line ---.',
  frontmatterLanguage: (lang: string) =>
    `Frontmatter in '${lang}' is not allowed: only YAML. Start the file with a line with only ---.`,
  frontmatterUnclosed: 'The frontmatter is not closed. After the last line with fields, put a line with only ---.',
  frontmatterEmpty: 'The frontmatter is empty. Fill in the required fields between the two lines ---.',
  frontmatterNotMap: 'The frontmatter must consist of fields (key: value), not of a list or loose text.',
  notMarkdown: (kindFolder: string) =>
    `Only .md files belong in agenda/${kindFolder}/. Rename the file to a name that ends in .md, or move it.`,
  invalidId: (name: string) =>
    `The file name '${name}' is not a valid id: use only lowercase letters a-z, digits and hyphens (for example dorpsplan-ameland.md), at most 60 characters.`,
  invalidForewordId: (name: string) =>
    `The file name '${name}' is not a period: name the foreword after the period of the report, for example 2026-H2.md (a half year) or 2026-11-15.md (the last day).`,
  reservedId: (name: string) => `The file name '${name}' is reserved in Windows. Choose another name.`,
  symlinkOutside: 'This is a symbolic link to a place outside agenda/. That is not allowed: put the file itself in the folder.',
  symlinkRefused: 'Symbolic links are not followed. Put the file itself in the folder.',
  notAFile: (name: string) => `${name} is not a regular file (but for example a pipe or device). Replace it by a regular file or delete it.`,
  hidden: (name: string) => `${name} is a hidden file or folder (its name starts with a dot) and is not read. Give it an ordinary name, or delete it.`,
  nestedDir: (folder: string) => `The folder ${folder} is too deep: subfolders in a folder of the agenda are not read. Put the files directly in the folder of their kind.`,
  kindFolderIsFile: (name: string) => `agenda/${name} is a file, but should be a folder. Rename or delete the file and make a folder agenda/${name}/.`,
  yamlTag: (tag: string) =>
    `The YAML tag ${tag} is not allowed: k80 reads only plain text, numbers, true/false values and lists. Remove the tag (the word starting with !).`,
  unreadable: (reason: string) => `The file cannot be read: ${reason}`,
  unexpectedDir: (name: string) =>
    `Unknown folder agenda/${name}/. The folders are: themes, actions, practices, topics.`,
  unknownKey: (key: string, known: readonly string[]) =>
    `Unknown field '${key}'.` + (known.length > 0 ? ` Allowed: ${known.join(', ')}.` : ''),
  /** The frontmatter as a whole, where a message names a field. */
  wholeFrontmatter: 'the frontmatter',
  missingKey: (key: string, where: string) => `The required field '${key}' is missing in ${where}.`,
  notAllowed: (value: string, where: string, allowed: readonly string[]) =>
    `'${value}' is not a valid value for ${where}. Choose from: ${allowed.join(', ')}.`,
  tooLong: (where: string, limit: number, actual: number) =>
    `${where} is too long: ${actual} characters, at most ${limit}. Make the text shorter.`,
  badFormat: (where: string, value: string, hint: string) => `${where} has an invalid value '${value}'. ${hint}`,
  hintDate: 'Write a date as YYYY-MM-DD, for example 2026-03-15.',
  schema: {
    frontmatter: 'the frontmatter',
    field: (title: string, key: string) => `${title} (${key})`,
    item: (title: string, n: number) => `${title} ${n}`,
    got: {
      empty: 'nothing',
      list: 'a list',
      fields: 'a group of fields',
      text: (v: string) => `the text "${v}"`,
      number: (v: string) => `the number ${v}`,
      other: (v: string) => `the value ${v}`,
    },
    required: (field: string, key: string, where: string | undefined) =>
      `The required field ${field} is missing${where === undefined ? '' : ` in ${where}`}. Add a line such as ${key}: …`,
    typeArray: (field: string, example: string) =>
      `${field} takes a list, even with one value: each value on its own line with a dash in front. For example:\n${example}`,
    typeObject: (field: string, got: string, example: string) =>
      `${field} takes fields on the lines below it, indented by two spaces; it holds ${got}. For example:\n${example}`,
    typeString: (field: string, got: string, key: string) =>
      `${field} must be text, but it holds ${got}. Put the text after the colon, for example ${key || 'title'}: "Dorpsplan Ameland".`,
    typeInteger: (field: string, got: string) => `${field} must be a whole number, without quotes, for example 3. It holds ${got}.`,
    typeNumber: (field: string, got: string) => `${field} must be a number, without quotes, for example 1.5. It holds ${got}.`,
    typeBoolean: (field: string, got: string) => `${field} is true or false, without quotes. It holds ${got}.`,
    typeOther: (field: string, got: string) => `${field} must stay empty. It holds ${got}.`,
    const: (field: string, allowed: string, got: string) => `${field} must be exactly ${allowed}. It holds ${got}.`,
    empty: (field: string) => `${field} is empty. Fill it in, or remove the line if the field is not required.`,
    tooShort: (field: string, limit: number, actual: number) => `${field} is too short: ${actual} characters, at least ${limit}. Make the text longer.`,
    /** The date field as `--date` names it (the schema titles it so too). */
    dateLabel: 'Date (date)',
    date: (field: string, value: string) =>
      `${field} is not a date: "${value}". Write the date as year-month-day in quotes, for example "2026-03-15".`,
    dateOrder: (field: string, value: string, guess: string) =>
      `${field} is in the wrong form: "${value}". Write year-month-day in quotes: "${guess}".`,
    dateImpossible: (field: string, value: string) => `${field} is a date that does not exist: "${value}". Check the month (01 to 12) and the day.`,
    urlSpace: (field: string, value: string) =>
      `${field} contains a space: "${value}". A link has no spaces: remove the space or write %20 instead.`,
    urlScheme: (field: string, value: string) =>
      `${field} is not a full link: "${value}". A link starts with https:// (or http://), for example https://www.example.nl/page.`,
    url: (field: string, value: string) =>
      `${field} is not a valid link: "${value}". Copy the address from the browser's address bar, for example https://www.example.nl/page.`,
    email: (field: string, value: string) =>
      `${field} is not a valid e-mail address: "${value}". Use the address of a functional mailbox, for example info@gemeente.nl.`,
    id: (field: string, value: string) =>
      `${field} is not a valid id: "${value}". An id consists of lowercase letters a-z, digits and hyphens, for example sociaal-domein.`,
    pattern: (field: string, value: string) =>
      `${field} does not have the right form: "${value}". See the schema's explanation (folder schemas/) for what the value looks like.`,
    noItems: (field: string, example: string) => `${field} takes at least one value. For example:\n${example}`,
    tooFewItems: (field: string, limit: number, actual: number) => `${field} takes at least ${limit} values; it has ${actual}. Add to the list.`,
    tooManyItems: (field: string, limit: number, actual: number) =>
      `${field} takes at most ${limit} values; it has ${actual}. Remove ${actual - limit}.`,
    duplicateItem: (field: string, value: string, second: number, first: number) =>
      `${field} names "${value}" twice (number ${first} and ${second}). Keep one.`,
    minimum: (field: string, limit: number, value: string) => `${field} is ${value}, but must be at least ${limit}.`,
    maximum: (field: string, limit: number, value: string) => `${field} is ${value}, but may be at most ${limit}.`,
    exclusiveMinimum: (field: string, limit: number, value: string) => `${field} is ${value}, but must be greater than ${limit}.`,
    exclusiveMaximum: (field: string, limit: number, value: string) => `${field} is ${value}, but must be less than ${limit}.`,
    multipleOf: (field: string, step: number, value: string) => `${field} is ${value}, but must be a multiple of ${step}.`,
    propertyName: (field: string, name: string) =>
      `In ${field}, "${name}" is not a valid name. See the schema's explanation (folder schemas/) for the names allowed here.`,
    other: (field: string) => `${field} does not meet the rules for this file. See the schema's explanation (folder schemas/) for what belongs here.`,
    examples: {
      listFallback: ['first value', 'second value'] as readonly string[],
      object: {
        contact: ['role: housing policy adviser', 'municipality: Beesel'],
        raised_by: ['municipality: Beesel', 'role: alderman'],
        lead: ['municipality: Beesel', 'role: policy adviser'],
        portfolio_holder: ['municipality: Beesel', 'role: mayor'],
        official_lead: ['municipality: Beesel', 'role: municipal secretary'],
        agenda: ['title: Agenda K80', 'adopted: "2022-11-30"'],
        scores: ['impact: 3', 'agenda: 2'],
      } as Record<string, readonly string[]>,
    },
  },
  nested: (kindFolder: string) => `Subfolders in agenda/${kindFolder}/ are not read. Put the file directly in agenda/${kindFolder}/.`,
  missingSettings: (file: string) => `The file agenda/${file} is missing.`,
};
