/**
 * A small agenda with a scripted history for the site's tests: the bundled themes and actions, one action
 * taken from planned to active to done with progress notes, practices with words found only in one of them,
 * a renamed practice, an assessed topic, and a terugkoppeling tag.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRepo, practiceText, type TestRepo } from '../../helpers/repo.js';
import { site, type SiteResult } from '../../../src/commands/site/index.js';

export const ACTION = 'agenda/actions/gemeenschapsinitiatieven-op-de-kaart-zetten.md';

export function actionText(status: string, notes: string[] = []): string {
  const progress = notes.length === 0 ? '' : `\n## Voortgang\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
  return `---\ntitle: Gemeenschapsinitiatieven op de kaart zetten\ntheme: nabijheid\ntype: knowledge-sharing\nstatus: ${status}\nlead:\n  role: Beleidsadviseur\n  municipality: Asten\n---\n\nGemeenschapsinitiatieven op de kaart zetten.\n${progress}`;
}

export const TOPIC = `---
title: Glasvezel in het buitengebied
raised_by:
  municipality: Vaals
  role: Wethouder
date: "2026-02-01"
status: assessed
assessment:
  date: "2026-02-10"
  by: Dagelijks bestuur
  framework_version: 1
  scores: { impact: 3, agenda: 2, added-value: 2, influence: 3, support: 1, capacity: 1 }
  total: 72
  verdict: take-up
---

Veel kernen hebben nog geen snel internet.
`;

/** The scripted repository. */
export function scriptedRepo(): TestRepo {
  const repo = makeRepo({ agenda: 'bundled' });
  repo.write(ACTION, actionText('planned'));
  repo.commit('De agenda', '2026-01-05T10:00:00+01:00');
  repo.write(
    'agenda/practices/asten-dorpsbudget.md',
    practiceText(
      { title: 'Dorpsbudget per kern', municipality: 'Asten', themes: '[krachtige-vitale-kernen, nabijheid]', tags: '[dorpsbudget, burgerkracht]', date: '"2026-02-01"', summary: 'Elke kern krijgt een eigen budget.' },
      '## Wat is het?\n\nInwoners beslissen samen over het budget. Het zonnebloemveld bij de kerk is er zo gekomen.\n\n## Wat levert het op?\n\nMeer woningen voor jongeren in de kern.\n',
    ),
  );
  repo.write(
    'agenda/practices/vaals-mantelzorg.md',
    practiceText(
      { title: 'Mantelzorgcafé', municipality: 'Vaals', themes: '[sociaal-domein]', tags: '[mantelzorg]', date: '"2026-02-15"', summary: 'Een vaste plek voor mantelzorgers.' },
      '## Wat is het?\n\nElke maand een café in het dorpshuis. <script>alert(1)</script>\n\n![logo](https://example.org/logo.png)\n',
    ),
  );
  repo.write(
    'agenda/practices/asten-woning-oud.md',
    practiceText({ title: 'Woning voor starters', municipality: 'Asten', themes: '[wonen]', date: '"2026-01-20"', summary: 'Een woning voor een starter uit de kern.' }),
  );
  repo.write('agenda/topics/glasvezel-buitengebied.md', TOPIC);
  repo.commit('Voorbeelden', '2026-02-20T10:00:00+01:00');
  repo.write(ACTION, actionText('active', ['2026-03-02: Eerste kaart met twintig initiatieven gemaakt.']));
  repo.commit('Actie loopt', '2026-03-02T10:00:00+01:00');
  repo.git(['mv', 'agenda/practices/asten-woning-oud.md', 'agenda/practices/asten-starterswoning.md']);
  repo.commit('Hernoemd', '2026-04-01T10:00:00+02:00');
  repo.git(['tag', 'terugkoppeling-2026-H1']);
  repo.write(ACTION, actionText('done', ['2026-03-02: Eerste kaart met twintig initiatieven gemaakt.', '2026-09-10: De kaart staat online.']));
  repo.commit('Actie af', '2026-09-10T10:00:00+02:00');
  return repo;
}

export interface Built {
  repo: TestRepo;
  out: string;
  result: SiteResult;
  cleanup(): void;
}

export async function buildScripted(baseUrl?: string): Promise<Built> {
  const repo = scriptedRepo();
  const outParent = mkdtempSync(join(tmpdir(), 'k80-site-'));
  const out = join(outParent, 'site');
  const result = await site({ root: repo.dir, out, baseUrl, today: '2026-10-01' });
  return { repo, out, result, cleanup: () => { repo.cleanup(); rmSync(outParent, { recursive: true, force: true }); } };
}
