import { describe, expect, it } from 'vitest';
import { parseRemote, reviewUrl } from '../../../src/commands/shared/forge.js';

describe('parseRemote', () => {
  it.each([
    ['git@github.com:k80/agenda.git', { host: 'github', path: 'k80/agenda' }],
    ['git@github.com:k80/agenda', { host: 'github', path: 'k80/agenda' }],
    ['https://github.com/k80/agenda.git', { host: 'github', path: 'k80/agenda' }],
    ['https://github.com/k80/agenda/', { host: 'github', path: 'k80/agenda' }],
    ['https://user:geheim-token@github.com/k80/agenda.git', { host: 'github', path: 'k80/agenda' }],
    ['ssh://git@github.com/k80/agenda.git', { host: 'github', path: 'k80/agenda' }],
    ['ssh://git@ssh.github.com:443/k80/agenda.git', { host: 'github', path: 'k80/agenda' }],
    ['git@gitlab.com:k80/agenda.git', { host: 'gitlab', path: 'k80/agenda' }],
    ['https://gitlab.com/vng/k80/agenda.git', { host: 'gitlab', path: 'vng/k80/agenda' }],
    ['https://GitHub.com/K80/Agenda', { host: 'github', path: 'K80/Agenda' }],
  ])('%s', (url, forge) => {
    expect(parseRemote(url)).toEqual(forge);
  });

  it.each([
    'https://gitea.example.org/k80/agenda.git',
    'git@bitbucket.org:k80/agenda.git',
    '/srv/git/agenda.git',
    'file:///srv/git/agenda.git',
    '../agenda',
    'https://github.com/k80',
    'https://github.com/k80/agenda/extra',
    'https://github.com.evil.example/k80/agenda',
    'https://evil.example/github.com/k80/agenda',
    '',
  ])('not a known forge: %j', (url) => {
    expect(parseRemote(url)).toBeUndefined();
  });
});

describe('reviewUrl', () => {
  it('GitHub compare page', () => {
    expect(reviewUrl('git@github.com:k80/agenda.git', 'practice/dorpsplan-ameland')).toEqual({
      host: 'github',
      url: 'https://github.com/k80/agenda/compare/practice/dorpsplan-ameland?expand=1',
    });
  });

  it('GitLab new merge request', () => {
    expect(reviewUrl('https://gitlab.com/k80/agenda.git', 'practice/dorpsplan-ameland')).toEqual({
      host: 'gitlab',
      url: 'https://gitlab.com/k80/agenda/-/merge_requests/new?merge_request[source_branch]=practice%2Fdorpsplan-ameland',
    });
  });

  it('escapes branch characters and never shows credentials', () => {
    expect(reviewUrl('https://x:token@github.com/k80/agenda.git', 'voorbeeld/#1')?.url).toBe(
      'https://github.com/k80/agenda/compare/voorbeeld/%231?expand=1',
    );
  });

  it('nothing without a known remote', () => {
    expect(reviewUrl(undefined, 'x')).toBeUndefined();
    expect(reviewUrl('https://gitea.example.org/k80/agenda.git', 'x')).toBeUndefined();
  });
});
