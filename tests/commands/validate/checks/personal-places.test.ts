/** Personal data per place: a person's name in every person field of every kind, e-mail in frontmatter and text. */
import { describe, expect, it } from 'vitest';
import { loadContent, type RawFile } from '../../../../src/content/load.js';
import { validators } from '../../../../src/content/read.js';
import { extraMailboxes, isFunctionalMailbox, isPersonalEmail, personal } from '../../../../src/commands/validate/checks/personal.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../../helpers/repo.js';

const load = (extra: RawFile[], settings = MINIMAL_SETTINGS) =>
  loadContent([{ path: 'agenda/k80.yaml', bytes: settings }, { path: 'agenda/afwegingskader.yaml', bytes: frameworkText() }, ...extra], validators());
const brief = (xs: ReturnType<typeof personal>) => xs.map((x) => `${x.file} ${x.line}:${x.column} ${x.rule} ${JSON.stringify(x.path)}`);
const person = (field: string, extra = '') => `${field}:\n  role: adviseur\n  municipality: Vaals\n  name: Karel Verzonnen\n${extra}`;

describe('names of persons', () => {
  it("in a theme's portfolio holder and official lead, an action's lead, a practice's contact, a topic's raiser", () => {
    const content = load([
      { path: 'agenda/themes/wonen.md', bytes: `---\ntitle: Wonen\ntagline: t\nsection: B\norder: 3\n${person('portfolio_holder')}${person('official_lead')}---\n` },
      { path: 'agenda/actions/a.md', bytes: `---\ntitle: Actie\ntheme: wonen\ntype: lobby\nstatus: planned\n${person('lead')}---\n` },
      { path: 'agenda/practices/p.md', bytes: practiceText({ contact: `\n  role: adviseur\n  name: Karel Verzonnen` }) },
      { path: 'agenda/topics/t.md', bytes: `---\ntitle: Onderwerp\ndate: "2026-01-01"\nstatus: open\n${person('raised_by')}---\n` },
    ]);
    expect(brief(personal(content))).toEqual([
      'agenda/actions/a.md 9:9 personal-name ["lead","name"]',
      'agenda/practices/p.md 9:9 personal-name ["contact","name"]',
      'agenda/themes/wonen.md 9:9 personal-name ["portfolio_holder","name"]',
      'agenda/themes/wonen.md 13:9 personal-name ["official_lead","name"]',
      'agenda/topics/t.md 8:9 personal-name ["raised_by","name"]',
    ]);
  });

  it('a warning, also while k80.yaml has errors (no settings, so no own functional mailboxes)', () => {
    const files = [{ path: 'agenda/practices/p.md', bytes: practiceText({ contact: `\n  role: adviseur\n  name: Karel Verzonnen\n  email: k.verzonnen@vaals.nl` }) }];
    const content = load(files, 'members: [Vaals\n');
    expect(content.settings).toBeUndefined();
    expect(personal(content).map((x) => [x.rule, x.severity])).toEqual([['personal-name', 'warning'], ['personal-email', 'warning']]);
  });

  it('a name elsewhere (a title, a summary) is not looked for', () => {
    expect(personal(load([{ path: 'agenda/practices/p.md', bytes: practiceText({ title: 'Karel Verzonnen' }) }]))).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('in any frontmatter value (not in a key), in the text, at their place; functional ones are quiet', () => {
    const bytes = practiceText(
      { summary: '"Mail k.verzonnen@vaals.nl of info@vaals.nl."', contact: '\n  role: adviseur\n  email: j.jansen@vaals.nl', 'karel@vaals.nl': 'x' },
      'Eerste regel.\nTweede regel, mail p.pieters@vaals.nl\nof wonen@vaals.nl of  q.de.vries@vaals.nl.\n',
    );
    const found = personal(load([{ path: 'agenda/practices/p.md', bytes }]));
    expect(brief(found)).toEqual([
      'agenda/practices/p.md 6:10 personal-email ["summary"]',
      'agenda/practices/p.md 9:10 personal-email ["contact","email"]',
      'agenda/practices/p.md 13:20 personal-email undefined',
      'agenda/practices/p.md 14:23 personal-email undefined',
    ]);
    expect(found.map((x) => x.message)).toEqual([
      expect.stringContaining("'k.verzonnen@vaals.nl'"), expect.stringContaining("'j.jansen@vaals.nl'"),
      expect.stringContaining("'p.pieters@vaals.nl'"), expect.stringContaining("'q.de.vries@vaals.nl'"),
    ]);
    expect(found[0]!.message).toBe("'k.verzonnen@vaals.nl' lijkt een persoonlijk e-mailadres. De repository is openbaar: gebruik een functionele mailbox (bijvoorbeeld info@… of secretariaat@…).");
  });

  it('an @ in the text only, or in the frontmatter only, is found where it is', () => {
    expect(brief(personal(load([{ path: 'agenda/practices/p.md', bytes: practiceText({}, 'Mail j.jansen@vaals.nl\n') }])))).toEqual(['agenda/practices/p.md 8:6 personal-email undefined']);
    expect(brief(personal(load([{ path: 'agenda/practices/p.md', bytes: practiceText({ summary: 'j.jansen@vaals.nl' }) }])))).toEqual(['agenda/practices/p.md 6:10 personal-email ["summary"]']);
    expect(personal(load([{ path: 'agenda/practices/p.md', bytes: practiceText({ summary: 'Twee @ drie' }, 'Een @ hier\n') }]))).toEqual([]);
  });
});

describe('functional mailboxes: words, stems, initials', () => {
  it('a part that starts with a word of four letters or more; a part of six or more that starts one', () => {
    expect(['infobalie', 'postkamer', 'wonenloket', 'vergun', 'duurza', 'klimaa'].map((x) => isFunctionalMailbox(x))).toEqual([true, true, true, true, true, true]);
    // three-letter words count as whole parts only; a stem of five letters is too short
    expect(['wmo', 'wmo.loket', 'kcc', 'ict'].map((x) => isFunctionalMailbox(x))).toEqual([true, true, true, true]);
    expect(['hrm', 'wmoteam', 'kccx', 'duurz', 'verg', 'klima'].map((x) => isFunctionalMailbox(x))).toEqual([false, false, false, false, false, false]);
  });

  it('digits after a part do not hide the word; digits inside a name do not make it functional', () => {
    expect(isFunctionalMailbox('wonen2024')).toBe(true);
    expect(isFunctionalMailbox('team2.wonen')).toBe(true);
    expect(isFunctionalMailbox('jansen1975')).toBe(false);
    // digits inside a word are no trailing number: `wo1nen` is not `wonen`
    expect(isFunctionalMailbox('wo1nen')).toBe(false);
    // a short word with a year or a number after it: only the trailing digits go
    expect(['hr2024', 'ict12', 'po1', 'hr2x'].map((x) => isFunctionalMailbox(x))).toEqual([true, true, true, false]);
  });

  it('initials before a name are a person, also when the name is a word; a department abbreviation before a word is not', () => {
    expect(['a.wonen', 'a.b.post', 'ab.smit', 'ab.post', 'j.w.zorg'].map((x) => isFunctionalMailbox(x))).toEqual([false, false, false, false, false]);
    expect(['afd.wonen', 'po.wonen', 'ab.cd', 'team.a.wonen', 'a.b', 'x-a.wonen'].map((x) => isFunctionalMailbox(x))).toEqual([true, true, false, true, false, true]);
  });

  it('asks the same answer twice (the answer is kept per local part, whatever its case)', () => {
    expect([isFunctionalMailbox('Wonen'), isFunctionalMailbox('wonen'), isFunctionalMailbox('J.Jansen'), isFunctionalMailbox('j.jansen')]).toEqual([true, true, false, false]);
  });

  it("k80.yaml's own list: whole addresses or local parts, any case, with spaces trimmed", () => {
    const extra = extraMailboxes(['  De.Kaap@Ameland.nl ', 'MIEKE.MELDPUNT']);
    expect([...extra]).toEqual(['de.kaap@ameland.nl', 'mieke.meldpunt']);
    expect(extraMailboxes(undefined).size).toBe(0);
    expect(isPersonalEmail('de.kaap@ameland.nl', extra)).toBe(false);
    expect(isPersonalEmail('de.kaap@vaals.nl', extra)).toBe(true);
    expect(isPersonalEmail('Mieke.Meldpunt@vaals.nl', extra)).toBe(false);
    expect(isPersonalEmail('mieke.meldpunt@vaals.nl', new Set())).toBe(true);
    expect(isPersonalEmail('info@vaals.nl', new Set())).toBe(false);
  });
});

describe('functional mailboxes: the words', () => {
  // the mailboxes of departments, desks and teams that municipalities and the network use: each on its own,
  // and after a municipality's name (vaals.wonen@)
  const WORDS = [
    'info informatie secretariaat k80 gemeente post postbus contact communicatie receptie klantcontact kcc',
    'klantenservice balie loket griffie raad college bestuur bestuurssecretariaat wonen woningbouw sociaaldomein',
    'wmo jeugd participatie burgerzaken vergunningen omgevingsloket subsidie pers voorlichting media redactie',
    'webredactie webmaster helpdesk servicedesk support noreply beleid team afdeling project programma',
    'leefbaarheid dorpen kernen economie financien personeel vacatures werkenbij ondernemers duurzaamheid',
    'energie klimaat onderwijs zorg mantelzorg vrijwilligers inwoners samenleving welzijn werk inkomen ruimte',
    'omgeving netwerk office admin mail algemeen centraal hr po ict inkoop aanbesteding belastingen juridisch',
    'planning bouwen milieu natuur afval groen verkeer mobiliteit sport cultuur toerisme recreatie veiligheid',
    'handhaving archief facilitair dienstverlening gezondheid armoede schuldhulp integratie erfgoed monumenten',
    'landbouw riolering beheer evenementen markt dorpshuis bibliotheek publiekszaken ombudsman privacy security',
    'integriteit klachten meldingen wijkteam gebiedsteam dorpsraad verkiezingen',
  ].join(' ').split(' ');

  it('each is a functional mailbox, alone and next to a place name', () => {
    for (const w of WORDS) {
      expect(isFunctionalMailbox(w), w).toBe(true);
      expect(isFunctionalMailbox(`vaals.${w}`), `vaals.${w}`).toBe(true);
    }
  });
});
