/** The report links a practice to the page `k80 site` writes for it, else to its file in the repository. */
import { describe, expect, it } from 'vitest';
import { entryUrl } from '../../../src/commands/report/build.js';
import { PATHS } from '../../../src/commands/site/paths.js';

const settings = { name: 'K80', agenda: { title: 'Agenda K80', adopted: '2022-11-30' }, members: [] };

describe('entryUrl', () => {
  it('a practice: its page on the site, as the site writes it', () => {
    expect(entryUrl({ ...settings, site: 'https://k80.example.nl/' }, 'practice', 'dorpsplan')).toBe('https://k80.example.nl/voorbeelden/dorpsplan.html');
    expect(PATHS.practice('dorpsplan')).toBe('voorbeelden/dorpsplan.html');
  });

  it('without a site: the file in the repository; without either: nothing', () => {
    expect(entryUrl({ ...settings, repository: 'https://github.com/voorbeeld/agenda' }, 'practice', 'dorpsplan')).toBe(
      'https://github.com/voorbeeld/agenda/blob/HEAD/agenda/practices/dorpsplan.md',
    );
    expect(entryUrl(settings, 'practice', 'dorpsplan')).toBeUndefined();
  });
});
