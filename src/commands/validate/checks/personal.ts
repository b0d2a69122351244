/**
 * Personal data in a public repository: a warning for a person's name, and for an e-mail address that does
 * not look like a functional mailbox (info@, secretariaat@, wonen@ …) — in the frontmatter or in the text.
 */
import { m } from '../../../i18n/index.js';
import { message, type Message, type PathSegment, type Position } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { eachString, parsedEntries, stringsAt, type ParsedEntry } from './entries.js';
import { PERSON_PLACES } from './people.js';

/**
 * Words (and stems) of functional mailboxes: a local part with one of these as a part, as the start of a
 * part, or a part that is the stem of one (`duurzaam` of `duurzaamheid`), is not personal.
 */
const FUNCTIONAL = [
  'info', 'informatie', 'secretariaat', 'k80', 'gemeente', 'post', 'postbus', 'contact', 'communicatie', 'receptie',
  'klantcontact', 'kcc', 'klantenservice', 'balie', 'loket', 'griffie', 'raad', 'college', 'bestuur', 'bestuurssecretariaat',
  'wonen', 'woningbouw', 'sociaaldomein', 'wmo', 'jeugd', 'participatie', 'burgerzaken', 'vergunningen', 'omgevingsloket',
  'subsidie', 'pers', 'voorlichting', 'media', 'redactie', 'webredactie', 'webmaster', 'helpdesk', 'servicedesk', 'support',
  'noreply', 'beleid', 'team', 'afdeling', 'project', 'programma', 'leefbaarheid', 'dorpen', 'kernen', 'economie',
  'financien', 'personeel', 'vacatures', 'werkenbij', 'ondernemers', 'duurzaamheid', 'energie', 'klimaat', 'onderwijs',
  'zorg', 'mantelzorg', 'vrijwilligers', 'inwoners', 'samenleving', 'welzijn', 'werk', 'inkomen', 'ruimte', 'omgeving',
  'netwerk', 'office', 'admin', 'mail', 'algemeen', 'centraal', 'hr', 'po', 'ict',
  'inkoop', 'aanbesteding', 'belastingen', 'juridisch', 'planning', 'bouwen', 'milieu', 'natuur', 'afval', 'groen',
  'verkeer', 'mobiliteit', 'sport', 'cultuur', 'toerisme', 'recreatie', 'veiligheid', 'handhaving', 'archief',
  'facilitair', 'dienstverlening', 'gezondheid', 'armoede', 'schuldhulp', 'integratie', 'erfgoed', 'monumenten',
  'landbouw', 'riolering', 'beheer', 'evenementen', 'markt', 'dorpshuis', 'bibliotheek', 'publiekszaken', 'ombudsman',
  'privacy', 'security', 'integriteit', 'klachten', 'meldingen', 'wijkteam', 'gebiedsteam', 'dorpsraad', 'verkiezingen',
];

const WORDS = new Set(FUNCTIONAL);
const PREFIXES = FUNCTIONAL.filter((w) => w.length >= 4);
/** A part at least this long that starts a functional word counts as its stem. */
const STEM = 6;
const seen = new Map<string, boolean>();
/** One or more initials with dots, or two letters and a dot, then a name. */
const INITIALS = /^(?:[a-z]\.)+[a-z]{2,}|^[a-z]{2}\.[a-z]{3,}/;

function functionalPart(t: string): boolean {
  if (WORDS.has(t)) return true;
  for (const w of PREFIXES) {
    if (t.startsWith(w) || (t.length >= STEM && w.startsWith(t))) return true;
  }
  return false;
}

/**
 * Is the local part of an address (before `@`) a functional mailbox? It is when one of its parts is a
 * functional word or stem, or when it is listed in `extra` (k80.yaml `functional_mailboxes`). Otherwise the
 * shape decides: initials, name parts joined by dots, a name with a year — and a single word that is no
 * known function — are a person's.
 */
export function isFunctionalMailbox(local: string, extra?: ReadonlySet<string>): boolean {
  const key = local.toLowerCase();
  if (extra?.has(key)) return true;
  let functional = seen.get(key);
  // Stryker disable next-line ConditionalExpression: the kept answer only saves time; asked again it is the same
  if (functional === undefined) {
    // Stryker disable next-line MethodExpression,Regex,ConditionalExpression,StringLiteral: an empty part is no word, no stem and no initial, so it changes no answer
    const tokens = key.split(/[^a-z0-9]+/).filter((t) => t !== '');
    // initials before a name (`j.post`, `j.w.de.vries`, `jw.smit`) are a person's, even when the name is also a word
    // Stryker disable next-line StringLiteral: INITIALS only matches a key that starts with a letter, so the first part is always there
    const initials = INITIALS.test(key) && !WORDS.has(tokens[0] ?? '');
    functional = !initials && tokens.some((t) => functionalPart(t) || functionalPart(t.replace(/\d+$/, '')));
    seen.set(key, functional);
  }
  return functional;
}

/** Characters of an address's local part and domain (the same as the e-mail pattern's). */
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
/** The domain at the start of a (bounded) slice: labels, then a top-level domain of letters. */
const DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
/** Longest local part and domain looked at (RFC 5321: 64 and 255): keeps the scan linear in the text. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

/**
 * Every e-mail address in `text`, with its offset, in linear time: each `@` is looked at once, with a
 * bounded look to the left (the local part) and to the right (the domain). A regular expression over the
 * whole text would retry from every start position (`a` × 500,000 followed by `@` took minutes).
 */
export function findEmails(text: string): Array<{ address: string; index: number }> {
  const out: Array<{ address: string; index: number }> = [];
  let from = 0;
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', from)) {
    let start = at;
    while (start > from && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at - 1 < MAX_DOMAIN && DOMAIN_CHAR.test(text[end]!)) end++;
    const domain = start < at ? DOMAIN.exec(text.slice(at + 1, end)) : null;
    if (domain) {
      out.push({ address: text.slice(start, at + 1 + domain[0].length), index: start });
      from = at + 1 + domain[0].length;
    } else {
      from = at + 1;
    }
  }
  return out;
}

/** The extra functional mailboxes of k80.yaml, lowercase: full addresses and local parts. */
export function extraMailboxes(listed: readonly string[] | undefined): Set<string> {
  return new Set((listed ?? []).map((x) => x.trim().toLowerCase()));
}

/**
 * Does `address` look like a person's rather than a functional mailbox (the `personal-email` warning)?
 * `extra`: k80.yaml's own functional mailboxes, from `extraMailboxes`. Also asked about in `k80 add`'s form.
 */
export function isPersonalEmail(address: string, extra: ReadonlySet<string>): boolean {
  const local = address.slice(0, address.indexOf('@'));
  return !extra.has(address.toLowerCase()) && !isFunctionalMailbox(local, extra);
}

export function personal(content: Content): Message[] {
  const out: Message[] = [];
  const extra = extraMailboxes(content.settings?.functional_mailboxes);
  for (const entry of parsedEntries(content)) {
    for (const place of PERSON_PLACES[entry.kind]) {
      for (const [path] of stringsAt(entry.data, [...place, 'name'])) {
        out.push(message(entry.file, entry.source.locate(path), 'warning', 'personal-name', m.validate.personalName, { path }));
      }
    }
    const { text, body } = entry.source;
    if (text.lastIndexOf('@', text.length - body.length) >= 0) {
      for (const [path, value] of frontmatterStrings(entry.data)) {
        for (const { address } of findEmails(value)) emailWarning(out, entry, address, extra, () => entry.source.locate(path), path);
      }
    }
    // Stryker disable next-line ConditionalExpression: a body without @ holds no address (the test only saves the scan)
    if (body.includes('@')) {
      for (const { address, index } of findEmails(body)) emailWarning(out, entry, address, extra, () => bodyPosition(entry, index));
    }
  }
  return out;
}

/** `pos` is computed only for a warning: positions need the second, position-rich parse of the file. */
function emailWarning(out: Message[], entry: ParsedEntry, address: string, extra: ReadonlySet<string>, pos: () => Position, path?: PathSegment[]): void {
  if (isPersonalEmail(address, extra)) {
    out.push(message(entry.file, pos(), 'warning', 'personal-email', m.validate.personalEmail(address), path ? { path } : {}));
  }
}

/** Every string in the frontmatter that contains an `@`, with its path (paths are built only for those). */
function frontmatterStrings(data: unknown): Array<[PathSegment[], string]> {
  // Stryker disable next-line ArrayDeclaration: a stray string in the list is read as path 'S' and value 't', which holds no address
  const out: Array<[PathSegment[], string]> = [];
  eachString(data, (path, v, key) => {
    // Stryker disable next-line StringLiteral: a value without @ holds no address (the test only saves the scan)
    if (!key && v.includes('@')) out.push([[...path], v]);
  });
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
