/**
 * Validation of a candidate file before anything is written: its text goes through the real loader
 * (YAML, schema, file name) together with the repository's other files, then through the repository
 * checks of `k80 validate` (references, members, personal data, …), exactly as `k80 validate` would see
 * it once written. Used by add and update.
 */
import { m } from '../../i18n/index.js';
import { ContentError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import { readAgenda, validators } from '../../content/read.js';
import { loadContent, type RawFile } from '../../content/load.js';
import { today } from '../../content/entry-text.js';
import { checkContent } from '../validate/check-content.js';

export interface CandidateCheck {
  errors: Message[];
  warnings: Message[];
}

/**
 * Validate `text` as the file `file` (repository-relative) among the repository's files (`read`, from
 * `readAgenda`; read from `root` when not given).
 */
export function checkCandidate(
  root: string,
  file: string,
  text: string,
  read: { files: RawFile[]; messages: Message[] } = readAgenda(root),
): CandidateCheck {
  const { files, messages } = read;
  const others = files.filter((f) => f.path !== file);
  const content = loadContent([...others, { path: file, bytes: text }], validators(), messages);
  // the template's hints in a body k80 itself just wrote are expected, not a leftover: validate says so later
  const own = checkContent(content, { today: today() }).messages.filter((x) => x.file === file && x.rule !== 'template-leftover');
  return {
    errors: own.filter((x) => x.severity === 'error'),
    warnings: own.filter((x) => x.severity === 'warning'),
  };
}

/** The keys of the field a message is about (`['contact', 'email']`, list places left out); [] when it names no field. */
export function fieldKeys(x: Message): string[] {
  return (x.path ?? []).filter((p): p is string => typeof p === 'string');
}

/** An invalid value: exit 1, with every error (and its suggestion) named by the flag that set it. */
export class InvalidInputError extends ContentError {
  readonly messages: Message[];
  constructor(messages: Message[], flagOf: (keys: string[]) => string | undefined) {
    const lines = messages.map((x) => {
      const flag = flagOf(fieldKeys(x));
      const hint = x.suggestion ? ` (${x.suggestion})` : '';
      return `${flag ? `${flag}: ` : ''}${x.message}${hint}`;
    });
    const body = lines.length === 1 ? (lines[0] ?? '') : `${m.add.check.invalidMany(lines.length)}\n${lines.map((l) => `  ${l}`).join('\n')}`;
    super(body, m.add.check.nothingWritten);
    this.messages = messages;
  }
}

/** Render warnings for stderr. */
export function renderWarnings(warnings: readonly Message[]): string {
  return warnings
    .map((w) => `${m.common.warningPrefix} ${w.message}${w.suggestion ? ` (${w.suggestion})` : ''}\n`)
    .join('');
}
