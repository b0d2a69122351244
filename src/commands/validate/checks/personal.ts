/**
 * Personal data in a public repository: a warning for a person's name, and for an e-mail address that does
 * not look like a functional mailbox (info@, secretariaat@, wonen@ …) — in the frontmatter or in the text.
 */
import { m } from '../../../i18n/index.js';
import { message, type Message, type Position } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import type { PathSegment } from '../../../content/frontmatter.js';
import { isRecord, parsedEntries, stringsAt, type ParsedEntry } from './entries.js';
import { PERSON_PLACES } from './people.js';

/** Words of functional mailboxes: a local part with one of these (or starting with one) is not personal. */
const FUNCTIONAL = [
  'info', 'informatie', 'secretariaat', 'k80', 'gemeente', 'post', 'postbus', 'contact', 'communicatie', 'receptie',
  'klantcontact', 'kcc', 'klantenservice', 'balie', 'loket', 'griffie', 'raad', 'college', 'bestuur', 'bestuurssecretariaat',
  'wonen', 'woningbouw', 'sociaaldomein', 'wmo', 'jeugd', 'participatie', 'burgerzaken', 'vergunningen', 'omgevingsloket',
  'subsidie', 'pers', 'voorlichting', 'media', 'redactie', 'webredactie', 'webmaster', 'helpdesk', 'servicedesk', 'support',
  'noreply', 'beleid', 'team', 'afdeling', 'project', 'programma', 'leefbaarheid', 'dorpen', 'kernen', 'economie',
  'financien', 'personeel', 'vacatures', 'werkenbij', 'ondernemers', 'duurzaamheid', 'energie', 'klimaat', 'onderwijs',
  'zorg', 'mantelzorg', 'vrijwilligers', 'inwoners', 'samenleving', 'welzijn', 'werk', 'inkomen', 'ruimte', 'omgeving',
  'netwerk', 'office', 'admin', 'mail', 'algemeen', 'centraal', 'hr', 'po', 'ict',
];

/** Is the local part of an address (before `@`) a functional mailbox? */
export function isFunctionalMailbox(local: string): boolean {
  const tokens = local.toLowerCase().split(/[^a-z]+/).filter((t) => t !== '');
  if (/^k80\b/i.test(local)) return true;
  return tokens.some((t) => FUNCTIONAL.some((w) => t === w || (w.length >= 4 && t.startsWith(w))));
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function personal(content: Content): Message[] {
  const out: Message[] = [];
  for (const entry of parsedEntries(content)) {
    for (const place of PERSON_PLACES[entry.kind]) {
      for (const [path] of stringsAt(entry.data, [...place, 'name'])) {
        out.push(message(entry.file, entry.source.locate(path), 'warning', 'personal-name', m.validate.personalName));
      }
    }
    for (const [path, text] of frontmatterStrings(entry.data)) {
      for (const address of text.match(EMAIL) ?? []) emailWarning(out, entry, address, entry.source.locate(path));
    }
    const body = entry.source.body;
    if (body.includes('@')) {
      for (const match of body.matchAll(EMAIL)) emailWarning(out, entry, match[0], bodyPosition(entry, match.index ?? 0));
    }
  }
  return out;
}

function emailWarning(out: Message[], entry: ParsedEntry, address: string, pos: Position): void {
  const local = address.slice(0, address.indexOf('@'));
  if (!isFunctionalMailbox(local)) {
    out.push(message(entry.file, pos, 'warning', 'personal-email', m.validate.personalEmail(address)));
  }
}

/** Every string in the frontmatter that contains an `@`, with its path. */
function frontmatterStrings(data: unknown, path: PathSegment[] = []): Array<[PathSegment[], string]> {
  if (typeof data === 'string') return data.includes('@') ? [[path, data]] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => frontmatterStrings(v, [...path, i]));
  if (isRecord(data)) return Object.entries(data).flatMap(([k, v]) => frontmatterStrings(v, [...path, k]));
  return [];
}

function bodyPosition(entry: ParsedEntry, offset: number): Position {
  const body = entry.source.body;
  let line = entry.source.bodyLine;
  let lineStart = 0;
  for (let i = body.indexOf('\n'); i >= 0 && i < offset; i = body.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
