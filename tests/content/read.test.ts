/** What `readAgenda` reports instead of skipping silently: hidden files, deep folders, a kind folder that is a file, a FIFO. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAgenda } from '../../src/content/read.js';
import { classify } from '../../src/content/load.js';
import { makeRepo, practiceText } from '../helpers/repo.js';
import { tempRepos } from '../helpers/temp-repos.js';

const repo = tempRepos(() => makeRepo({ agenda: 'minimal', git: false }));
const brief = (root: string) => readAgenda(root).messages.map((x) => `${x.file} ${x.severity} ${x.rule} ${x.message}`);

describe('readAgenda reports what it does not read', () => {
  it('a hidden file or folder in a kind folder is a warning (git placeholders stay quiet)', () => {
    const r = repo();
    r.write('agenda/practices/.hidden.md', practiceText());
    r.write('agenda/practices/.gitkeep', '');
    r.write('agenda/topics/.concept/a.md', 'x');
    expect(brief(r.dir)).toEqual([
      'agenda/practices/.hidden.md warning file-hidden agenda/practices/.hidden.md is een verborgen bestand of map (de naam begint met een punt) en wordt niet gelezen. Geef het een gewone naam, of verwijder het.',
      'agenda/topics/.concept warning file-hidden agenda/topics/.concept is een verborgen bestand of map (de naam begint met een punt) en wordt niet gelezen. Geef het een gewone naam, of verwijder het.',
    ]);
  });

  it('folders deeper than one level are reported, not skipped', () => {
    const r = repo();
    r.write('agenda/practices/a/b/c/d.md', practiceText());
    expect(brief(r.dir)).toEqual([
      'agenda/practices/a/b error file-nested De map agenda/practices/a/b/ ligt te diep: submappen in een map van de agenda worden niet gelezen. Zet de bestanden direct in de map van hun soort.',
    ]);
  });

  it('a kind folder that is a file is an error', () => {
    const r = repo();
    r.write('agenda/practices', 'geen map\n');
    expect(brief(r.dir)).toEqual([
      'agenda/practices error folder-not-dir agenda/practices is een bestand, maar hoort een map te zijn. Hernoem of verwijder het bestand en maak een map agenda/practices/.',
    ]);
  });

  it('a FIFO is named in its message', () => {
    const r = repo();
    mkdirSync(join(r.dir, 'agenda/practices'), { recursive: true });
    execFileSync('mkfifo', [join(r.dir, 'agenda/practices/pijp.md')]);
    writeFileSync(join(r.dir, 'agenda/practices/gewoon.md'), practiceText());
    expect(brief(r.dir)).toEqual([
      'agenda/practices/pijp.md error file-special agenda/practices/pijp.md is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat). Vervang het door een gewoon bestand of verwijder het.',
    ]);
  });
});

describe('classify: where a path belongs', () => {
  it('a name Windows reserves is refused in any case and with any extension; a longer name is an id', () => {
    for (const name of ['con', 'CON', 'Aux', 'nul.backup', 'COM1', 'lpt9.tar', 'pRn']) {
      expect(classify(`agenda/practices/${name}.md`)).toMatchObject({ type: 'invalid', rule: 'file-name', kind: 'practice' });
    }
    expect(classify('agenda/practices/lpt10.md')).toEqual({ type: 'entry', kind: 'practice', id: 'lpt10' });
    expect(classify('agenda/actions/console.md')).toEqual({ type: 'entry', kind: 'action', id: 'console' });
  });

  it('every kind folder, the settings files, and what is ignored', () => {
    expect(classify('agenda/themes/wonen.md')).toEqual({ type: 'entry', kind: 'theme', id: 'wonen' });
    expect(classify('agenda/topics/glasvezel.md')).toEqual({ type: 'entry', kind: 'topic', id: 'glasvezel' });
    expect(classify('agenda/terugkoppeling/2026-H2.md')).toEqual({ type: 'entry', kind: 'foreword', id: '2026-H2' });
    expect(classify('agenda/k80.yaml')).toEqual({ type: 'settings', name: 'settings' });
    expect(classify('agenda/afwegingskader.yaml')).toEqual({ type: 'settings', name: 'framework' });
    for (const path of ['agenda/README.md', 'agenda/other/x.md', 'docs/x.md', 'agenda/practices/.hidden.md']) expect(classify(path)).toEqual({ type: 'ignored' });
  });
});
