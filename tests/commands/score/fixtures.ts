/** Test content for `k80 score`: topics and the shipped framework's scores. */
import { makeRepo, type TestRepo } from '../../helpers/repo.js';

export const TOPIC = `---
# Ingebracht in de voorjaarsvergadering
title: Glasvezel in het buitengebied
raised_by:
  municipality: Vaals
  role: wethouder
date: "2026-02-10"
status: open
---
## Waar gaat het over?

Aansluiting van verspreide woningen op glasvezel.
`;

export const OTHER_TOPIC = `---
title: Sluiting van dorpsscholen
raised_by:
  municipality: Ameland
date: "2026-03-01"
status: open
---
Krimp en de toekomst van kleine scholen.
`;

/** impact 3, agenda 2, added-value 2, influence 3, support 1, capacity 1 → 28/39 → 72, take-up. */
export const SETS = ['--set', 'impact=3', '--set', 'agenda=2', '--set', 'added-value=2', '--set', 'influence=3', '--set', 'support=1', '--set', 'capacity=1'];

export function topicRepo(): TestRepo {
  const repo = makeRepo({ agenda: 'minimal' });
  repo.write('agenda/topics/glasvezel.md', TOPIC);
  repo.write('agenda/topics/dorpsscholen.md', OTHER_TOPIC);
  repo.commit('Begin');
  return repo;
}

/** Replace `set` flags: sets('impact=0') keeps the others. */
export function sets(...overrides: string[]): string[] {
  const out = [...SETS];
  for (const o of overrides) {
    const id = o.split('=')[0];
    const i = out.findIndex((x) => x.startsWith(`${id}=`));
    if (i >= 0) out[i] = o;
    else out.push('--set', o);
  }
  return out;
}
