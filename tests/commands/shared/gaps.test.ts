/**
 * The smaller gaps: one date check for add and update, bounded weights, line endings and comments kept when
 * update and score patch a file, an author name with a control character kept whole in the report.
 */
import { describe, expect, it } from 'vitest';
import { tempRepos } from '../../helpers/temp-repos.js';
import { agendaRepo, PRACTICE, run } from '../add/support.js';
import { frameworkText } from '../../helpers/repo.js';
import { firstParentLog } from '../../../src/git/log.js';

const repo = tempRepos(agendaRepo);
const ACTION = 'agenda/actions/totale-afschaf-opschalingskorting.md';

describe('one date check', () => {
  it('add refuses --date "" and " 2025-02-01" exactly as update does (exit 1, nothing written)', async () => {
    const r = repo();
    const why: Record<string, string> = {
      '': 'Datum (date) is geen datum: "". Schrijf de datum als jaar-maand-dag tussen aanhalingstekens, bijvoorbeeld "2026-03-15".',
      ' 2025-02-01': 'Datum (date) staat in de verkeerde vorm: " 2025-02-01". Schrijf jaar-maand-dag tussen aanhalingstekens: "2025-02-01".',
      '2025-02-30': 'Datum (date) is een datum die niet bestaat: "2025-02-30". Controleer de maand (01 tot en met 12) en de dag.',
    };
    for (const [date, text] of Object.entries(why)) {
      const add = await run(r, [...PRACTICE.slice(0, -2), '--date', date]);
      const upd = await run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--note', 'x', '--date', date]);
      expect(add.code).toBe(1);
      expect(add.stderr).toBe(`Fout: --date: ${text}\nOplossing: Er is niets geschreven. Pas de waarde aan en probeer het opnieuw.\n`);
      expect(upd).toEqual(add);
    }
    expect(r.git(['status', '--porcelain'])).toBe('');
  });
});

describe('bounded framework numbers', () => {
  it('a weight of 1e308 is a validate error, not "0 van ∞"', async () => {
    const r = repo();
    r.write('agenda/afwegingskader.yaml', frameworkText().replace(/weight: 3/, 'weight: 1e308'));
    const res = await run(r, ['validate', '--format', 'json']);
    expect(res.code).toBe(1);
    const messages = (JSON.parse(res.stdout) as { messages: Array<{ file: string; rule: string }> }).messages;
    expect(messages.filter((x) => x.file === 'agenda/afwegingskader.yaml').map((x) => x.rule)).toContain('schema-maximum');
  });
});

describe('update and score keep the file as it was written', () => {
  it('CRLF line endings, a BOM and a trailing comment on status: survive update', async () => {
    const r = repo();
    const lf = r.read(ACTION).replace(/^status: (.*)$/m, 'status: $1 # besproken in maart');
    r.write(ACTION, `\ufeff${lf.replace(/\n/g, '\r\n')}`);
    r.commit('CRLF');
    const res = await run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--status', 'active', '--note', 'Brief verstuurd.', '--date', '2026-03-05']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const text = r.read(ACTION);
    expect(text.startsWith('\ufeff---\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('status: active # besproken in maart\r\n');
    expect(text).toContain('- 2026-03-05: Status van gepland naar lopend. Brief verstuurd.\r\n');
  });

  it('CRLF survives score', async () => {
    const r = repo();
    r.write('agenda/topics/glasvezel.md', '---\r\ntitle: Glasvezel\r\nraised_by:\r\n  municipality: Vaals\r\ndate: "2026-02-10"\r\nstatus: open # nieuw\r\n---\r\nTekst.\r\n');
    r.commit('Onderwerp');
    const sets = ['impact=3', 'agenda=2', 'added-value=2', 'influence=3', 'support=1', 'capacity=1'].flatMap((s) => ['--set', s]);
    const res = await run(r, ['score', 'glasvezel', ...sets]);
    expect(res.code).toBe(0);
    const text = r.read('agenda/topics/glasvezel.md');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('status: assessed # nieuw\r\n');
  });
});

describe('git names in the history', () => {
  it('an author name holding a control character (the log\'s own field separator) is kept whole', async () => {
    const r = repo();
    r.write('agenda/practices/a.md', '---\ntitle: Dorpsplan\nmunicipality: Ameland\nthemes: [nabijheid]\ndate: "2026-03-05"\nsummary: Een zin.\n---\nTekst.\n');
    r.commit('Een voorbeeld', '2026-03-05T10:00:00+01:00', { name: 'Anna\u0002Verzonnen', email: 'anna@example.org' });
    const commits = await firstParentLog(r.dir, { tip: 'HEAD', paths: ['agenda'] });
    expect(commits[0]?.author).toBe('Anna\u0002Verzonnen');
  });
});
