/** English messages of the content loader (reading and parsing entry files). */
import type { Area } from '../index.js';

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
  hintUrl: 'A link starts with https:// (or http://), for example https://www.example.nl/page.',
  hintEmail: 'Use a valid e-mail address of a functional mailbox, for example info@gemeente.nl.',
  hintId: 'An id consists of lowercase letters a-z, digits and hyphens, for example sociaal-domein.',
  hintPattern: (pattern: string) => `The value must match the pattern ${pattern}.`,
  nested: (kindFolder: string) => `Subfolders in agenda/${kindFolder}/ are not read. Put the file directly in agenda/${kindFolder}/.`,
  missingSettings: (file: string) => `The file agenda/${file} is missing.`,
};
