#!/usr/bin/env node
/**
 * Generates a large synthetic agenda repository for `npm run bench` with ONE `git fast-import` process.
 *
 *   node bench/generate.mjs [--force] [--out DIR]
 *
 * Content is built in memory (seeded PRNG, fixed dates: deterministic) and streamed to fast-import's stdin.
 * Every file is valid against the schemas in `schemas/`. The repository is reused when it exists and
 * the generator version (a hash of this file and of the copied agenda settings) matches; `--force` regenerates.
 */
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, CORE_SCHEMA } from 'js-yaml';
import { amsterdam } from './lib.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHECKOUT = resolve(HERE, '..');
export const DEFAULT_OUT = join(HERE, '.work', 'large');
const VERSION_FILE = 'k80-bench-generator.json';

// ---------------------------------------------------------------------------------------------------------
// Sizes. Event counts are exact; the first-parent line gets every event except those made on PR branches.
// Every commit that touches agenda/practices/ makes fast-import rewrite (hash, deltify) that 5,000-entry tree,
// which is most of the generation time: progress notes on actions are cheap, practice edits are not.
const PLAN = {
  practiceAdd: 4900,
  practiceBatch: 150, // commits adding 3–6 practices at once
  practiceEdit: 4200,
  practiceRename: 350,
  practiceDelete: 250,
  actionAdd: 380, // plus 20 in the first commit
  actionStatus: 3600,
  actionNote: 5600,
  actionRename: 25,
  actionDelete: 20,
  topicAdd: 320,
  topicAssess: 260,
  topicDecide: 120,
  topicDelete: 20,
  themeEdit: 100,
};
const INITIAL_ACTIONS = 20;
const MERGES = 12;
const START_DAY = Date.UTC(2022, 11, 1); // 1 December 2022, the day after the agenda was adopted
const END_DAY = Date.UTC(2026, 10, 20); // 20 November 2026
const SEED = 0x4b3830; // "K80"

// ---------------------------------------------------------------------------------------------------------
// Deterministic randomness.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rnd() * list.length)];
const chance = (p) => rnd() < p;
function pickSome(list, lo, hi) {
  const n = Math.min(list.length, int(lo, hi));
  const copy = [...list];
  const out = [];
  for (let i = 0; i < n; i++) out.push(copy.splice(Math.floor(rnd() * copy.length), 1)[0]);
  return out;
}
function shuffle(list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary (Dutch, invented; no real people).
const FIRST = ['Anouk', 'Bram', 'Carlijn', 'Daan', 'Eline', 'Femke', 'Gijs', 'Hanneke', 'Ilse', 'Joost', 'Karin',
  'Lieke', 'Maarten', 'Noor', 'Oscar', 'Petra', 'Quinten', 'Roos', 'Sander', 'Tessa', 'Ugo', 'Vera', 'Wouter',
  'Xandra', 'Yvo', 'Zoë', 'Jeroen', 'Marieke', 'Thijs', 'Sanne'];
const LAST = ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
  'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
  'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Berg',
  'van der Heijden', 'Schouten'];
const AUTHORS = FIRST.map((first, i) => {
  const name = `${first} ${LAST[(i * 7) % LAST.length]}`;
  const email = `${name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`;
  return { name, email, weight: 1 / (1 + (i % 10)) }; // a few very active people, a long tail
});
const AUTHOR_WEIGHT_SUM = AUTHORS.reduce((s, a) => s + a.weight, 0);
function pickAuthor() {
  let r = rnd() * AUTHOR_WEIGHT_SUM;
  for (const a of AUTHORS) if ((r -= a.weight) <= 0) return a;
  return AUTHORS[0];
}

const ROLES = ['beleidsmedewerker wonen', 'beleidsadviseur sociaal domein', 'ambtelijk trekker', 'projectleider',
  'kernencoördinator', 'beleidsmedewerker ruimte', 'adviseur financiën', 'HR-adviseur', 'gemeentesecretaris',
  'communicatieadviseur', 'dorpsregisseur', 'beleidsadviseur energie', 'griffier', 'strategisch adviseur'];
const SUBJECTS = ['Dorpsplan', 'Kernenaanpak', 'Woningbouw in eigen beheer', 'Tiny houses', 'Flexwonen',
  'CPO-project', 'Mantelzorgcafé', 'Buurtteam', 'Dorpsondersteuner', 'Kernenbudget', 'Burgerbegroting',
  'Inwonerspanel', 'Energiecoöperatie', 'Warmtenet', 'Dorpshuis', 'Huiskamer van het dorp', 'Buurtbus',
  'Schoolbus', 'Jongerenraad', 'Leerwerkplek', 'Stageplein', 'Regionale pool', 'Gedeelde specialist',
  'Digitaal loket', 'Wijkagenda', 'Voedselbank', 'Repair café', 'Statushoudershuisvesting', 'Seniorenwoningen',
  'Knarrenhof', 'Woningruil', 'Kangoeroewoning', 'Preventieakkoord', 'Valpreventie', 'Eenzaamheidsaanpak',
  'Dorpsvisie', 'Gebiedsproces', 'Erfgoedroute', 'Klimaatadaptatie', 'Zonnepark', 'Natuurinclusief bouwen',
  'Collectieve inkoop', 'Loonruimte', 'Traineeship', 'Ambtelijke samenwerking', 'Begrotingsapp',
  'Rekenkamer light', 'Vrijwilligerspunt', 'Sportakkoord', 'Beweegtuin'];
const QUALIFIERS = ['met inwoners', 'voor jongeren', 'voor ouderen', 'in de kleine kernen', 'van onderop',
  'samen met de corporatie', 'met ondernemers', 'zonder subsidie', 'in drie stappen', 'als proeftuin',
  'met vrijwilligers', 'voor starters', 'met de buurgemeente', 'op het platteland', 'in één jaar',
  'met scholen', 'met de dorpsraad', 'voor statushouders', 'dichtbij huis', 'op maat'];
const TAGS = ['wonen', 'zorg', 'jeugd', 'ouderen', 'energie', 'mobiliteit', 'participatie', 'leefbaarheid',
  'vrijwilligers', 'onderwijs', 'arbeidsmarkt', 'financien', 'dorpsplan', 'samenwerking', 'preventie', 'natuur',
  'landbouw', 'cultuur', 'sport', 'digitalisering'];
const NOUNS = ['inwoners', 'de dorpsraad', 'de corporatie', 'ondernemers', 'vrijwilligers', 'de provincie',
  'het team', 'de buurgemeente', 'de werkgroep', 'het college', 'de raad', 'scholen', 'zorgaanbieders',
  'de wijkverpleging', 'jongeren', 'mantelzorgers'];
const VERBS = ['werken samen met', 'spreken regelmatig met', 'maken afspraken met', 'zoeken de verbinding met',
  'betrekken', 'ondersteunen', 'luisteren naar', 'evalueren samen met'];
const ENDINGS = ['zodat de lijnen kort blijven', 'om de leefbaarheid te versterken', 'en delen wat werkt',
  'met oog voor de menselijke maat', 'zonder extra bureaucratie', 'binnen de bestaande budgetten',
  'in elke kern op een eigen manier', 'waardoor vertrouwen groeit', 'en leren van elkaar',
  'met een vaste contactpersoon'];
const RESULTS = ['Het aantal deelnemers groeide', 'De doorlooptijd werd korter', 'Inwoners voelen zich gehoord',
  'De kosten bleven binnen de begroting', 'Er ontstonden nieuwe initiatieven', 'De samenwerking verbeterde',
  'Meer jongeren bleven in het dorp wonen', 'Het vertrouwen in de gemeente nam toe'];
const STEPS = ['Begin klein en zoek een enthousiaste trekker', 'Maak vooraf afspraken over de rolverdeling',
  'Neem contact op met de contactpersoon', 'Gebruik het draaiboek van de werkgroep', 'Plan een eerste gesprek met inwoners',
  'Zet een proef op in één kern', 'Leg de resultaten na een jaar vast'];
const NOTE_TEXTS = ['Werkgroep is bijeengekomen', 'Gesprek gevoerd met het ministerie', 'Bijeenkomst met leden gehouden',
  'Notitie besproken in het dagelijks bestuur', 'Inbreng geleverd bij de VNG', 'Kennissessie georganiseerd',
  'Eerste resultaten gedeeld in de nieuwsbrief', 'Planning bijgesteld', 'Nieuwe trekker gevonden',
  'Position paper aangeboden', 'Ervaringen opgehaald bij vijf gemeenten', 'Vervolgafspraak gemaakt'];
const ACTION_OPENERS = ['We delen ervaringen met', 'We zetten ons in voor', 'We brengen in kaart', 'We organiseren een kennissessie over',
  'We agenderen bij het Rijk', 'We bundelen goede voorbeelden van', 'We vragen aandacht voor', 'We onderzoeken'];
const ACTION_OBJECTS = ['woningbouw in kleine kernen', 'de positie van dorpshuizen', 'regionale samenwerking',
  'de uitvoeringskosten van nieuwe wetten', 'het loongebouw van kleine gemeenten', 'energie-infrastructuur op het platteland',
  'preventie in het sociaal domein', 'de toekomst van de landbouw', 'passende financiering', 'het voorliggende veld',
  'gemeenschapsinitiatieven', 'mobiliteit in de kernen', 'huisvesting van statushouders', 'de Omgevingswet',
  'bestuurskracht', 'jeugdzorg dichtbij', 'flexibele arbeidspools', 'het Nationaal Programma Landelijk Gebied'];
const TOPIC_SUBJECTS = ['Gevolgen van de nieuwe huurwet', 'Ruimte voor tijdelijke woningen', 'Netcongestie bij bedrijventerreinen',
  'Sluiting van de laatste basisschool', 'Opvang van asielzoekers', 'Herijking van het gemeentefonds', 'Personeelstekort bij de buitendienst',
  'Bereikbaarheid van huisartsen', 'Stikstof en vergunningverlening', 'Regionale energiestrategie', 'Digitale weerbaarheid',
  'Toekomst van het openbaar vervoer', 'Wet versterking regie volkshuisvesting', 'Jeugdzorg en de hervormingsagenda',
  'Europese subsidies voor kleine gemeenten', 'Waterschapsopgaven in het buitengebied', 'Vrijwilligerstekort bij de brandweer'];
const TOPIC_SUFFIX = ['voor kleine kernen', 'in het landelijk gebied', 'voor de K80-gemeenten', 'na 2026', 'in de regio', ''];

const THEMES = [
  { id: 'nabijheid', title: 'Nabijheid', tagline: 'Het vertrekpunt van al ons handelen', section: 'A', order: 1,
    question: 'Hoe kunnen we als kleinere gemeenten de waarde van nabij bestuur vergroten, zichtbaar maken en als oplossing voor vraagstukken aanbieden?' },
  { id: 'krachtige-vitale-kernen', title: 'Krachtige en vitale kernen', tagline: 'De basis voor onze gemeenschappen', section: 'A', order: 2 },
  { id: 'wonen', title: 'Wonen', tagline: 'Passende en duurzame oplossingen', section: 'B', order: 3 },
  { id: 'sociaal-domein', title: 'Sociaal Domein', tagline: 'Iedereen telt en doet mee', section: 'B', order: 4 },
  { id: 'landelijk-gebied', title: 'Landelijk Gebied', tagline: 'Samenwerken aan de grote transities', section: 'B', order: 5 },
  { id: 'financien', title: 'Financiën', tagline: 'Eerlijk en passend bij onze taken', section: 'C', order: 6 },
  { id: 'eigentijds-werkgeverschap', title: 'Eigentijds werkgeverschap', tagline: 'Balans tussen mens en arbeidsmarkt', section: 'C', order: 7 },
  { id: 'wendbaarheid', title: 'Wendbaarheid', tagline: 'We spelen in op actuele thema\'s', section: 'C', order: 8 },
];
const THEME_IDS = THEMES.map((t) => t.id);

const DEFAULT_MEMBERS = ['Ameland', 'Vaals', 'Opmeer', 'Kapelle', 'Alphen-Chaam', 'Beesel', 'Enkhuizen', 'Olst-Wijhe',
  'Rozendaal', 'Dantumadiel', 'Renswoude', 'Hilvarenbeek', 'Nederweert', 'Baarle-Nassau', 'Asten', 'Staphorst'];

const MINIMAL_K80_YAML = `name: K80
agenda:
  title: "Agenda K80 – De Kracht van Nabijheid"
  adopted: 2022-11-30
# Synthetic benchmark data: the secretariat completes the member list.
members:
${DEFAULT_MEMBERS.map((m) => `  - ${m}`).join('\n')}
`;
const DEFAULT_CRITERIA = [
  ['impact', 'Raakt het onderwerp kleine gemeenten en hun kernen in het bijzonder?', 3, true],
  ['agenda', 'Past het bij de thema\'s van de Agenda K80?', 2, false],
  ['added-value', 'Heeft de K80 vanuit nabijheid een eigen, onderscheidend perspectief naast VNG en andere netwerken?', 3, true],
  ['influence', 'Is er nu een reële kans op invloed (besluitvorming, consultatie, deadline)?', 2, false],
  ['support', 'Leeft het bij meerdere leden (draagvlak in het netwerk)?', 2, false],
  ['capacity', 'Zijn er een bestuurlijk trekker en een ambtelijk trekker beschikbaar?', 1, false],
];
const MINIMAL_FRAMEWORK_YAML = `version: 1
scale:
  min: 0
  max: 3
  labels:
    "0": niet
    "1": beperkt
    "2": redelijk
    "3": sterk
criteria:
${DEFAULT_CRITERIA.map(([id, q, w, ko]) => `  - id: ${id}
    question: "${q}"
    help: "Synthetische toelichting voor de benchmark."
    weight: ${w}${ko ? '\n    knockout: true' : ''}`).join('\n')}
thresholds:
  take-up: 65
  monitor: 40
`;

// ---------------------------------------------------------------------------------------------------------
// Small helpers.
function slugify(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
/** The first candidate (each cut to 48 characters at a hyphen) that is not taken, else the last one with -2, -3, … */
function uniqueId(candidates, taken) {
  const cut = (text) => {
    const slug = slugify(text);
    return slug.length <= 48 ? slug : slug.slice(0, 49).replace(/-[^-]*$/, '');
  };
  const list = (Array.isArray(candidates) ? candidates : [candidates]).map(cut);
  const free = list.find((id) => !taken.has(id));
  if (free) return free;
  const base = list[list.length - 1];
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
const sentence = () => `${pick(['We', 'Wij', 'We'])} ${pick(VERBS)} ${pick(NOUNS)} ${pick(ENDINGS)}.`;
const paragraph = (lo, hi) => Array.from({ length: int(lo, hi) }, sentence).join(' ');

/** Plain YAML scalar when it is unambiguous as a string in YAML 1.2 (dates stay plain on purpose), else quoted. */
function scalar(value) {
  if (typeof value === 'number') return String(value);
  const s = String(value);
  const plainSafe = /^[A-Za-z\u00C0-\u024F][^\n"'#]*$/.test(s) && !/: |:$|\s$|^(true|false|null|yes|no|on|off)$/i.test(s);
  if (plainSafe || /^\d{4}-\d{2}-\d{2}$/.test(s) || /^https:\/\/[^\s#]+$/.test(s)) return s;
  return JSON.stringify(s);
}
function yamlBlock(obj, indent = '') {
  let out = '';
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      out += `${indent}${key}:\n${value.map((v) => `${indent}  - ${scalar(v)}\n`).join('')}`;
    } else if (value !== null && typeof value === 'object') {
      out += `${indent}${key}:\n${yamlBlock(value, `${indent}  `)}`;
    } else {
      out += `${indent}${key}: ${scalar(value)}\n`;
    }
  }
  return out;
}
const fileText = (data, body) => `---\n${yamlBlock(data)}---\n\n${body.trimEnd()}\n`;

// ---------------------------------------------------------------------------------------------------------
// The fast-import stream writer (buffered, honours back-pressure).
class Stream {
  constructor(child) {
    this.child = child;
    this.parts = [];
    this.size = 0;
    this.bytes = 0;
  }
  write(text) {
    const buf = typeof text === 'string' ? Buffer.from(text) : text;
    this.parts.push(buf);
    this.size += buf.length;
    this.bytes += buf.length;
  }
  data(text) {
    const buf = Buffer.from(text);
    this.write(`data ${buf.length}\n`);
    this.write(buf);
    this.write('\n');
  }
  async flush(force = false) {
    if (!force && this.size < 1 << 20) return;
    const chunk = Buffer.concat(this.parts);
    this.parts = [];
    this.size = 0;
    if (!this.child.stdin.write(chunk)) await new Promise((r) => this.child.stdin.once('drain', r));
  }
}

// ---------------------------------------------------------------------------------------------------------
function readInputs() {
  const agenda = join(CHECKOUT, 'agenda');
  const read = (name, fallback) => {
    const p = join(agenda, name);
    return existsSync(p) ? { text: readFileSync(p, 'utf8'), copied: true } : { text: fallback, copied: false };
  };
  const settings = read('k80.yaml', MINIMAL_K80_YAML);
  const framework = read('afwegingskader.yaml', MINIMAL_FRAMEWORK_YAML);
  const themeFiles = {};
  for (const t of THEMES) {
    const p = join(agenda, 'themes', `${t.id}.md`);
    if (existsSync(p)) themeFiles[t.id] = readFileSync(p, 'utf8');
  }
  return { settings, framework, themeFiles };
}

export function generatorVersion(inputs = readInputs()) {
  const h = createHash('sha256');
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  h.update(inputs.settings.text);
  h.update(inputs.framework.text);
  for (const id of Object.keys(inputs.themeFiles).sort()) h.update(id).update(inputs.themeFiles[id]);
  return h.digest('hex').slice(0, 16);
}

export function readStamp(out = DEFAULT_OUT) {
  const p = join(out, '.git', VERSION_FILE);
  if (!existsSync(p)) return null;
  try {
    return JSON.parse(readFileSync(p, 'utf8'));
  } catch {
    return null;
  }
}

function git(cwd, args, input) {
  const r = spawnSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

function dirSizeBytes(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirSizeBytes(p) : statSync(p).size;
  }
  return total;
}

// ---------------------------------------------------------------------------------------------------------
export async function generate({ out = DEFAULT_OUT, force = false, log = console.log } = {}) {
  const inputs = readInputs();
  const version = generatorVersion(inputs);
  const stamp = readStamp(out);
  if (!force && stamp && stamp.version === version && existsSync(join(out, 'agenda'))) {
    log(`bench: reusing ${out} (generator ${version}; --force regenerates)`);
    return stamp;
  }
  const started = process.hrtime.bigint();
  const tmp = `${out}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  git(tmp, ['init', '-q', '-b', 'main']);

  const settingsData = load(inputs.settings.text, { schema: CORE_SCHEMA });
  const members = Array.isArray(settingsData?.members) && settingsData.members.length > 0 ? settingsData.members.map(String) : DEFAULT_MEMBERS;
  const fw = load(inputs.framework.text, { schema: CORE_SCHEMA });
  const criteria = fw.criteria.map((c) => ({ id: c.id, weight: c.weight, knockout: c.knockout === true }));
  const scaleMin = fw.scale.min;
  const scaleMax = fw.scale.max;
  const thresholds = fw.thresholds;
  const frameworkVersion = fw.version;

  // ---- the timeline: sorted commit times, weekdays favoured, office hours, a few around midnight ----
  const events = [];
  for (const [type, count] of Object.entries(PLAN)) for (let i = 0; i < count; i++) events.push(type);
  shuffle(events);
  // the first events: some practices and actions so that edits have something to edit
  events.unshift('practiceAdd', 'practiceAdd', 'topicAdd');
  const days = Math.round((END_DAY - START_DAY) / 86400e3);
  const times = [];
  while (times.length < events.length) {
    const day = int(0, days);
    const weekday = new Date(START_DAY + day * 86400e3).getUTCDay();
    if ((weekday === 0 || weekday === 6) && !chance(0.2)) continue;
    const sec = chance(0.02) ? (chance(0.5) ? int(23 * 3600, 86399) : int(0, 3599)) : int(8 * 3600, 18 * 3600);
    times.push(START_DAY + day * 86400e3 + sec * 1000);
  }
  times.sort((a, b) => a - b);
  for (let i = 1; i < times.length; i++) if (times[i] <= times[i - 1]) times[i] = times[i - 1] + 1000;

  // ---- state ----
  const practices = new Map(); // id → { data, body }
  const actions = new Map(); // id → { data, text, notes: [] }
  const topics = new Map(); // id → { data, body }
  const themeText = new Map(); // id → file text
  const counts = { commits: 0, firstParent: 0, merges: 0, tags: 0, blobs: 0, added: { practice: 0, action: 0, topic: 0 },
    renamed: 0, deleted: 0, statusChanges: 0, notes: 0, assessments: 0 };

  const practicePath = (id) => `agenda/practices/${id}.md`;
  const actionPath = (id) => `agenda/actions/${id}.md`;
  const topicPath = (id) => `agenda/topics/${id}.md`;
  const municipalitySlug = (m) => slugify(m);

  function newPractice(date) {
    const municipality = pick(members);
    const subject = pick(SUBJECTS);
    const qualifier = pick(QUALIFIERS);
    const title = `${subject} ${qualifier} in ${municipality}`;
    const id = uniqueId([`${subject} ${municipality}`, `${subject} ${qualifier} ${municipality}`], practices);
    const data = {
      title,
      municipality,
      themes: pickSome(THEME_IDS.filter((t) => t !== 'wendbaarheid'), 1, 3),
      date,
      summary: `${subject} ${pick(QUALIFIERS)}: ${pick(NOUNS)} ${pick(VERBS)} ${pick(NOUNS)} ${pick(ENDINGS)}.`,
      tags: chance(0.7) ? pickSome(TAGS, 1, 4) : undefined,
      contact: { role: pick(ROLES), municipality },
      links: [`https://www.${municipalitySlug(municipality)}.nl/${id}`],
    };
    const body = `## Wat is het?\n\n${paragraph(2, 4)}\n\n## Wat levert het op?\n\n${pick(RESULTS)}. ${paragraph(1, 3)}\n\n` +
      `## Hoe pak je het aan?\n\n${pickSome(STEPS, 2, 4).map((s) => `- ${s}.`).join('\n')}\n\n` +
      `## Contact\n\nVia de ${data.contact.role} van de gemeente ${municipality}.\n`;
    return { id, entry: { data, body } };
  }
  const practiceFile = (p) => fileText(p.data, p.body);

  function newAction(date, theme = pick(THEME_IDS)) {
    const title = `${pick(ACTION_OPENERS)} ${pick(ACTION_OBJECTS)}`;
    const id = uniqueId(title, actions);
    const data = { title, theme, type: chance(0.55) ? 'knowledge-sharing' : 'lobby', status: 'planned', updated: date };
    return { id, entry: { data, text: `${title}.\n\n${paragraph(1, 3)}`, notes: [] } };
  }
  const actionFile = (a) => fileText(a.data, a.notes.length === 0 ? a.text
    : `${a.text}\n\n## Voortgang\n\n${a.notes.map((n) => `- ${n.date}: ${n.text}`).join('\n')}`);

  function newTopic(date) {
    const title = `${pick(TOPIC_SUBJECTS)} ${pick(TOPIC_SUFFIX)}`.trim();
    const id = uniqueId(title, topics);
    const municipality = pick(members);
    const data = { title, raised_by: { municipality, role: pick(ROLES) }, date, status: 'open' };
    return { id, entry: { data, body: `${paragraph(2, 4)}\n\n${paragraph(1, 2)}` } };
  }
  const topicFile = (t) => fileText(t.data, t.body);

  function assessment(date) {
    const scores = {};
    for (const c of criteria) scores[c.id] = int(scaleMin, scaleMax);
    // total = round(100 · Σ w·(score − min) / Σ w·(max − min)), halves up, in integers (weights are integers)
    const num = criteria.reduce((s, c) => s + c.weight * (scores[c.id] - scaleMin), 0);
    const den = criteria.reduce((s, c) => s + c.weight * (scaleMax - scaleMin), 0);
    const total = Math.floor((200 * num + den) / (2 * den));
    const knocked = criteria.some((c) => c.knockout && scores[c.id] === scaleMin);
    const verdict = knocked ? 'decline' : total >= thresholds['take-up'] ? 'take-up' : total >= thresholds.monitor ? 'monitor' : 'decline';
    return { date, by: 'dagelijks bestuur', framework_version: frameworkVersion, scores, total, verdict,
      note: chance(0.4) ? `Besproken in het dagelijks bestuur van ${date}.` : undefined };
  }

  const themeFile = (t) => {
    if (inputs.themeFiles[t.id]) return inputs.themeFiles[t.id];
    const data = { title: t.title, tagline: t.tagline, section: t.section, order: t.order, question: t.question };
    return fileText(data, `${paragraph(3, 5)}\n\n${paragraph(2, 4)}`);
  };

  // ---- event application: mutates the state, returns { message, ops } or null when not applicable ----
  const keysOf = (map) => [...map.keys()];
  let practiceKeys = null; // cache of practice ids, invalidated on add/rename/delete
  const somePractice = () => {
    if (practices.size === 0) return null;
    practiceKeys ??= keysOf(practices);
    return pick(practiceKeys);
  };
  const liveActions = () => keysOf(actions);

  function apply(type, date) {
    switch (type) {
      case 'practiceAdd':
      case 'practiceBatch': {
        const n = type === 'practiceAdd' ? 1 : int(3, 6);
        const ops = [];
        const titles = [];
        for (let i = 0; i < n; i++) {
          const { id, entry } = newPractice(date);
          practices.set(id, entry);
          ops.push({ op: 'M', path: practicePath(id), text: practiceFile(entry) });
          titles.push(entry.data.title);
          counts.added.practice++;
        }
        practiceKeys = null;
        return { message: n === 1 ? `Goed voorbeeld toegevoegd: ${titles[0]}` : `${n} goede voorbeelden uit de ledenbijeenkomst toegevoegd`, ops };
      }
      case 'practiceEdit': {
        const id = somePractice();
        if (!id) return apply('practiceAdd', date);
        const p = practices.get(id);
        const before = practiceFile(p);
        do { // never an empty commit
          const what = int(0, 3);
          if (what === 0) p.data.summary = `${pick(SUBJECTS)} ${pick(QUALIFIERS)}: ${pick(NOUNS)} ${pick(VERBS)} ${pick(NOUNS)} ${pick(ENDINGS)}.`;
          else if (what === 1) p.data.tags = pickSome(TAGS, 1, 4);
          else if (what === 2) p.body = `${p.body.trimEnd()}\n\n${paragraph(1, 2)}\n`;
          else p.data.contact = { role: pick(ROLES), municipality: p.data.municipality };
        } while (practiceFile(p) === before);
        return { message: `Goed voorbeeld bijgewerkt: ${p.data.title}`, ops: [{ op: 'M', path: practicePath(id), text: practiceFile(p) }] };
      }
      case 'practiceRename': {
        const id = somePractice();
        if (!id) return apply('practiceAdd', date);
        const p = practices.get(id);
        const subject = pick(SUBJECTS);
        const qualifier = pick(QUALIFIERS);
        p.data.title = `${subject} ${qualifier} in ${p.data.municipality}`;
        const next = uniqueId([`${subject} ${p.data.municipality}`, `${subject} ${qualifier} ${p.data.municipality}`], practices);
        practices.delete(id);
        practices.set(next, p);
        practiceKeys = null;
        counts.renamed++;
        return { message: `Goed voorbeeld hernoemd: ${id} → ${next}`,
          ops: [{ op: 'R', from: practicePath(id), path: practicePath(next) }, { op: 'M', path: practicePath(next), text: practiceFile(p) }] };
      }
      case 'practiceDelete': {
        if (practices.size < 50) return apply('practiceAdd', date);
        const id = somePractice();
        practices.delete(id);
        practiceKeys = null;
        counts.deleted++;
        return { message: `Goed voorbeeld verwijderd: ${id}`, ops: [{ op: 'D', path: practicePath(id) }] };
      }
      case 'actionAdd': {
        const { id, entry } = newAction(date);
        actions.set(id, entry);
        counts.added.action++;
        return { message: `Actie toegevoegd: ${entry.data.title}`, ops: [{ op: 'M', path: actionPath(id), text: actionFile(entry) }] };
      }
      case 'actionStatus':
      case 'actionNote': {
        const id = pick(liveActions());
        const a = actions.get(id);
        let text = pick(NOTE_TEXTS);
        if (type === 'actionStatus') {
          const next = {
            planned: ['active', 'active', 'active', 'dropped'],
            active: ['done', 'done', 'planned', 'dropped'],
            done: ['active'],
            dropped: ['planned', 'active'],
          }[a.data.status];
          const from = a.data.status;
          a.data.status = pick(next);
          text = `Status van ${from} naar ${a.data.status}. ${text}.`;
          counts.statusChanges++;
        } else text = `${text}.`;
        a.data.updated = date;
        a.notes.push({ date, text });
        counts.notes++;
        return { message: `Voortgang ${a.data.title}${type === 'actionStatus' ? ` (${a.data.status})` : ''}`,
          ops: [{ op: 'M', path: actionPath(id), text: actionFile(a) }] };
      }
      case 'actionRename': {
        const id = pick(liveActions());
        const a = actions.get(id);
        a.data.title = `${pick(ACTION_OPENERS)} ${pick(ACTION_OBJECTS)}`;
        const next = uniqueId(a.data.title, actions);
        actions.delete(id);
        actions.set(next, a);
        counts.renamed++;
        return { message: `Actie hernoemd: ${id} → ${next}`,
          ops: [{ op: 'R', from: actionPath(id), path: actionPath(next) }, { op: 'M', path: actionPath(next), text: actionFile(a) }] };
      }
      case 'actionDelete': {
        if (actions.size < 30) return apply('actionAdd', date);
        const id = pick(liveActions());
        actions.delete(id);
        counts.deleted++;
        return { message: `Actie verwijderd: ${id}`, ops: [{ op: 'D', path: actionPath(id) }] };
      }
      case 'topicAdd': {
        const { id, entry } = newTopic(date);
        topics.set(id, entry);
        counts.added.topic++;
        return { message: `Actueel thema aangemeld: ${entry.data.title}`, ops: [{ op: 'M', path: topicPath(id), text: topicFile(entry) }] };
      }
      case 'topicAssess': {
        const open = keysOf(topics).filter((id) => topics.get(id).data.status === 'open');
        if (open.length === 0) return apply('practiceEdit', date);
        const id = pick(open);
        const t = topics.get(id);
        t.data.status = 'assessed';
        t.data.assessment = assessment(date);
        counts.assessments++;
        return { message: `Afweging ${t.data.title}: ${t.data.assessment.verdict}`, ops: [{ op: 'M', path: topicPath(id), text: topicFile(t) }] };
      }
      case 'topicDecide': {
        const assessed = keysOf(topics).filter((id) => topics.get(id).data.status === 'assessed');
        if (assessed.length === 0) return apply('practiceEdit', date);
        const id = pick(assessed);
        const t = topics.get(id);
        t.data.status = t.data.assessment.verdict === 'decline' ? 'declined' : 'taken-up';
        return { message: `Besluit over ${t.data.title}: ${t.data.status}`, ops: [{ op: 'M', path: topicPath(id), text: topicFile(t) }] };
      }
      case 'topicDelete': {
        if (topics.size < 20) return apply('topicAdd', date);
        const id = pick(keysOf(topics));
        topics.delete(id);
        counts.deleted++;
        return { message: `Actueel thema verwijderd: ${id}`, ops: [{ op: 'D', path: topicPath(id) }] };
      }
      case 'themeEdit': {
        const t = pick(THEMES);
        const text = `${themeText.get(t.id).trimEnd()}\n\n${paragraph(1, 3)}\n`;
        themeText.set(t.id, text);
        return { message: `Tekst thema ${t.title} aangevuld`, ops: [{ op: 'M', path: `agenda/themes/${t.id}.md`, text }] };
      }
      default:
        throw new Error(`unknown event ${type}`);
    }
  }

  // ---- stream to fast-import ----
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: tmp, stdio: ['pipe', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((res) => child.on('close', (code) => res(code)));
  child.stdin.on('error', () => {}); // reported through the exit code
  const s = new Stream(child);
  let mark = 0;
  let mainTip = 0;

  const ident = (a, t) => `${a.name} <${a.email}> ${t.epoch} ${t.tz}`;
  function emitOps(ops) {
    for (const o of ops) {
      if (o.op === 'M') {
        if (o.blob) s.write(`M 100644 :${o.blob} ${o.path}\n`);
        else {
          s.write(`M 100644 inline ${o.path}\n`);
          s.data(o.text);
          counts.blobs++;
        }
      } else if (o.op === 'D') s.write(`D ${o.path}\n`);
      else s.write(`R ${o.from} ${o.path}\n`);
    }
  }
  function commit({ ref, author, time, message, ops, from, merge }) {
    const m = ++mark;
    s.write(`commit ${ref}\nmark :${m}\nauthor ${ident(author, time)}\ncommitter ${ident(author, time)}\n`);
    s.data(`${message}\n`);
    if (from) s.write(`from :${from}\n`);
    if (merge) s.write(`merge :${merge}\n`);
    emitOps(ops);
    s.write('\n');
    counts.commits++;
    return m;
  }

  // first commit: settings, themes, the agenda's initial actions
  const t0 = amsterdam(START_DAY - 86400e3 + 20 * 3600e3); // 30 November 2022, 20:00
  const initOps = [
    { op: 'M', path: 'agenda/k80.yaml', text: inputs.settings.text },
    { op: 'M', path: 'agenda/afwegingskader.yaml', text: inputs.framework.text },
  ];
  for (const t of THEMES) {
    themeText.set(t.id, themeFile(t));
    initOps.push({ op: 'M', path: `agenda/themes/${t.id}.md`, text: themeText.get(t.id) });
  }
  for (let i = 0; i < INITIAL_ACTIONS; i++) {
    const { id, entry } = newAction(t0.date, THEME_IDS[i % THEME_IDS.length]);
    actions.set(id, entry);
    counts.added.action++;
    initOps.push({ op: 'M', path: actionPath(id), text: actionFile(entry) });
  }
  mainTip = commit({ ref: 'refs/heads/main', author: AUTHORS[0], time: t0, message: 'Agenda K80 vastgesteld op 30 november 2022', ops: initOps });
  counts.firstParent++;

  // merge points, spread over the timeline; each takes the next 1–3 events onto a PR branch
  const mergeAt = new Set(Array.from({ length: MERGES }, (_, i) => Math.floor(((i + 0.5) * events.length) / MERGES)));
  // tags: the last first-parent commit of each half-year from 2023-H1 on
  const tagPeriods = [];
  for (let y = 2023; y <= 2026; y++) for (const h of [1, 2]) tagPeriods.push({ name: `terugkoppeling-${y}-H${h}`, end: Date.UTC(y, h === 1 ? 6 : 12, 1) });
  let nextTag = 0;
  let lastMainTime = t0;
  const tagUpTo = (localMs) => {
    while (nextTag < tagPeriods.length && tagPeriods[nextTag].end <= localMs) {
      const tp = tagPeriods[nextTag++];
      s.write(`tag ${tp.name}\nfrom :${mainTip}\ntagger ${ident(AUTHORS[1], lastMainTime)}\n`);
      s.data(`Terugkoppeling ${tp.name.slice('terugkoppeling-'.length)}\n`);
      counts.tags++;
    }
  };

  let pr = 0;
  for (let i = 0; i < events.length; i++) {
    const local = times[i];
    const time = amsterdam(local);
    tagUpTo(local);
    if (mergeAt.has(i) && i + 3 < events.length) {
      pr++;
      const k = int(1, 3);
      const replay = [];
      let sideTip = mainTip;
      let first = true;
      for (let j = 0; j < k; j++, i++) {
        const t = amsterdam(times[i]);
        const r = apply(events[i], t.date);
        for (const o of r.ops) {
          if (o.op !== 'M') continue;
          o.blob = ++mark;
          s.write(`blob\nmark :${o.blob}\n`);
          s.data(o.text);
          counts.blobs++;
        }
        sideTip = commit({ ref: `refs/heads/pr/${pr}`, author: pickAuthor(), time: t, message: r.message, ops: r.ops, from: first ? mainTip : undefined });
        first = false;
        replay.push(...r.ops);
      }
      i--; // the loop increments
      const mt = amsterdam(times[i] + 1000);
      mainTip = commit({ ref: 'refs/heads/main', author: AUTHORS[2], time: mt, message: `Pull request #${pr} samengevoegd (pr/${pr})`, ops: replay, from: mainTip, merge: sideTip });
      lastMainTime = mt;
      counts.merges++;
      counts.firstParent++;
    } else {
      const r = apply(events[i], time.date);
      mainTip = commit({ ref: 'refs/heads/main', author: pickAuthor(), time, message: r.message, ops: r.ops });
      lastMainTime = time;
      counts.firstParent++;
    }
    await s.flush();
  }
  tagUpTo(END_DAY + 86400e3 * 30);
  s.write('done\n');
  await s.flush(true);
  child.stdin.end();
  const code = await exited;
  if (code !== 0) throw new Error(`git fast-import failed (${code}): ${stderr}`);

  git(tmp, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
  git(tmp, ['config', 'user.name', 'Bench']);
  git(tmp, ['config', 'user.email', 'bench@example.org']);
  git(tmp, ['config', 'gc.auto', '0']);
  git(tmp, ['reset', '-q', '--hard', 'main']);

  const firstParent = Number(git(tmp, ['rev-list', '--first-parent', '--count', 'main']).trim());
  const all = Number(git(tmp, ['rev-list', '--count', '--all']).trim());
  const result = {
    version,
    generatedAt: new Date().toISOString(),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    streamBytes: s.bytes,
    commits: all,
    firstParentCommits: firstParent,
    merges: counts.merges,
    tags: counts.tags,
    entries: { themes: THEMES.length, actions: actions.size, practices: practices.size, topics: topics.size },
    history: { practicesAdded: counts.added.practice, actionsAdded: counts.added.action, topicsAdded: counts.added.topic,
      renames: counts.renamed, deletions: counts.deleted, statusChanges: counts.statusChanges, progressNotes: counts.notes,
      assessments: counts.assessments, blobs: counts.blobs },
    authors: AUTHORS.length,
    members: members.length,
    settingsCopied: inputs.settings.copied,
    frameworkCopied: inputs.framework.copied,
    themesCopied: Object.keys(inputs.themeFiles).length,
    range: { first: new Date(times[0]).toISOString().slice(0, 10), last: new Date(times[times.length - 1]).toISOString().slice(0, 10) },
  };
  result.gitDirBytes = dirSizeBytes(join(tmp, '.git'));
  writeFileSync(join(tmp, '.git', VERSION_FILE), `${JSON.stringify(result, null, 2)}\n`);
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  return result;
}

export function describe(r) {
  const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
  return [
    `entries: ${r.entries.practices} practices, ${r.entries.actions} actions, ${r.entries.topics} topics, ${r.entries.themes} themes`,
    `history: ${r.commits} commits (${r.firstParentCommits} first-parent, ${r.merges} merges), ${r.tags} terugkoppeling tags, ${r.range.first} … ${r.range.last}`,
    `events:  ${r.history.practicesAdded} practices added, ${r.history.renames} renames, ${r.history.deletions} deletions, ` +
      `${r.history.statusChanges} action status changes, ${r.history.progressNotes} progress notes, ${r.history.assessments} assessments`,
    `inputs:  k80.yaml ${r.settingsCopied ? 'copied from agenda/' : 'minimal (agenda/ has none)'}, afwegingskader.yaml ` +
      `${r.frameworkCopied ? 'copied' : 'minimal'}, ${r.themesCopied}/8 theme files copied`,
    `size:    .git ${mb(r.gitDirBytes)}, fast-import stream ${mb(r.streamBytes)}; generated in ${r.seconds.toFixed(1)} s`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  const out = outIdx >= 0 ? resolve(args[outIdx + 1]) : DEFAULT_OUT;
  try {
    const r = await generate({ out, force: args.includes('--force') });
    console.log(`bench: large repository at ${out}`);
    console.log(describe(r));
  } catch (err) {
    console.error(`bench: generation failed: ${err.message}`);
    process.exitCode = 1;
  }
}
