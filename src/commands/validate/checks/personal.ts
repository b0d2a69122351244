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

const WORDS = new Set(FUNCTIONAL);
const PREFIX = new RegExp(`^(?:${FUNCTIONAL.filter((w) => w.length >= 4).join('|')})`);
const seen = new Map<string, boolean>();

/** Is the local part of an address (before `@`) a functional mailbox? */
export function isFunctionalMailbox(local: string): boolean {
  let functional = seen.get(local);
  if (functional === undefined) {
    const tokens = local.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t !== '');
    functional = tokens.some((t) => WORDS.has(t) || PREFIX.test(t));
    seen.set(local, functional);
  }
  return functional;
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
    const { text, body } = entry.source;
    if (text.lastIndexOf('@', text.length - body.length) >= 0) {
      for (const [path, value] of frontmatterStrings(entry.data)) {
        for (const address of value.match(EMAIL) ?? []) emailWarning(out, entry, address, () => entry.source.locate(path));
      }
    }
    if (body.includes('@')) {
      for (const match of body.matchAll(EMAIL)) emailWarning(out, entry, match[0], () => bodyPosition(entry, match.index ?? 0));
    }
  }
  return out;
}

/** `pos` is computed only for a warning: positions need the second, position-rich parse of the file. */
function emailWarning(out: Message[], entry: ParsedEntry, address: string, pos: () => Position): void {
  const local = address.slice(0, address.indexOf('@'));
  if (!isFunctionalMailbox(local)) {
    out.push(message(entry.file, pos(), 'warning', 'personal-email', m.validate.personalEmail(address)));
  }
}

/** Every string in the frontmatter that contains an `@`, with its path (paths are built only for those). */
function frontmatterStrings(data: unknown): Array<[PathSegment[], string]> {
  const out: Array<[PathSegment[], string]> = [];
  const path: PathSegment[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.includes('@')) out.push([[...path], v]);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
    } else if (isRecord(v)) {
      for (const k in v) {
        path.push(k);
        walk(v[k]);
        path.pop();
      }
    }
  };
  walk(data);
  return out;
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
