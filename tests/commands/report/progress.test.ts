/** Pure: dated progress notes under `## Voortgang`, in every form the tool and people write them. */
import { describe, expect, it } from 'vitest';
import { progressNotes } from '../../../src/commands/report/progress.js';
import { appendProgress } from '../../../src/content/entry-text.js';

describe('progress notes', () => {
  it('reads what k80 update writes (appendProgress), multi-line notes included', () => {
    let body = 'De actie voluit.\n';
    body = appendProgress(body, '2026-03-04', 'Eerste overleg gevoerd.');
    body = appendProgress(body, '2026-05-18', 'Kaart staat online: [bekijk](https://example.org/kaart).\n\nMet **twaalf** gemeenten.');
    expect(progressNotes(body)).toEqual([
      { date: '2026-03-04', text: 'Eerste overleg gevoerd.' },
      { date: '2026-05-18', text: 'Kaart staat online: [bekijk](https://example.org/kaart).\n\nMet **twaalf** gemeenten.' },
    ]);
  });

  it('understands emphasised dates and other separators', () => {
    const body = [
      '## Voortgang',
      '',
      '- **2026-03-04** — Met een gedachtestreepje.',
      '- **2026-03-05:** Vet met dubbele punt.',
      '* _2026-03-06_ – Cursief met een kort streepje.',
      '- 2026-03-07 - Met een streepje.',
      '1. 2026-03-08 Genummerd.',
      '',
    ].join('\n');
    expect(progressNotes(body)).toEqual([
      { date: '2026-03-04', text: 'Met een gedachtestreepje.' },
      { date: '2026-03-05', text: 'Vet met dubbele punt.' },
      { date: '2026-03-06', text: 'Cursief met een kort streepje.' },
      { date: '2026-03-07', text: 'Met een streepje.' },
      { date: '2026-03-08', text: 'Genummerd.' },
    ]);
  });

  it('understands dated sub-headings', () => {
    const body = [
      'Tekst.',
      '',
      '## Voortgang',
      '',
      '### 2026-02-01',
      '',
      'Eerste alinea.',
      '',
      '- een opsomming hoort bij de notitie',
      '',
      '### 2026-04-01 — Tweede',
      'Tekst van de tweede.',
      '',
      '## Contact',
      '',
      '- 2026-05-01: geen voortgang, een ander hoofdstuk',
    ].join('\n');
    expect(progressNotes(body)).toEqual([
      { date: '2026-02-01', text: 'Eerste alinea.\n\n- een opsomming hoort bij de notitie' },
      { date: '2026-04-01', text: 'Tweede\nTekst van de tweede.' },
    ]);
  });

  it('skips items without a real date and text outside the section; no section, no notes', () => {
    const body = [
      '- 2026-01-01: voor de kop, geen voortgang',
      '## Voortgang',
      '- 2026-02-30: geen bestaande datum',
      '- zonder datum',
      '- **2026-03-01_ scheef',
      'Losse alinea.',
      '```',
      '- 2026-03-02: in een codeblok',
      '## ook in het codeblok',
      '```',
      '- 2026-03-03: wel',
    ].join('\n');
    expect(progressNotes(body)).toEqual([{ date: '2026-03-03', text: 'wel' }]);
    expect(progressNotes('Alleen tekst.\n')).toEqual([]);
  });

  it('a paragraph after a blank line ends the item unless it is indented', () => {
    const body = '## Voortgang\n\n- 2026-03-01: Een.\n\n  Vervolg.\n\nLos.\n- 2026-03-02: Twee.\r\n';
    expect(progressNotes(body)).toEqual([
      { date: '2026-03-01', text: 'Een.\n\nVervolg.' },
      { date: '2026-03-02', text: 'Twee.' },
    ]);
  });
});
