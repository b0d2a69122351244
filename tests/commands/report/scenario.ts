/** Shared by the report tests: entry texts, authors and commit-id normalisation for scripted histories. */
import { execFileSync } from 'node:child_process';
import { gitEnv, type TestRepo } from '../../helpers/repo.js';

export const ANNA = { name: 'Anna de Boer', email: 'anna@example.org' };
export const BRAM = { name: 'Bram Jansen', email: 'bram@example.org' };
export const CARLA = { name: 'Carla Smit', email: 'carla@example.org' };
export const DIRK = { name: 'Dirk Visser', email: 'dirk@example.org' };
export const SECRETARIAAT = { name: 'Test Secretariaat', email: 'secretariaat@example.org' };

const LONG_BODY =
  'Deze actie gaat over het samenbrengen van kennis tussen kleine gemeenten. ' +
  'De leden delen ervaringen, werken samen aan voorbeelden en brengen die bij elkaar in een jaarlijkse bijeenkomst. ' +
  'Zo hoeft niet iedere gemeente zelf het wiel uit te vinden.\n';

export function actionText(fields: { title: string; theme: string; status: string; type?: string }, body = LONG_BODY): string {
  return `---\ntitle: ${fields.title}\ntheme: ${fields.theme}\ntype: ${fields.type ?? 'knowledge-sharing'}\nstatus: ${fields.status}\n---\n${body}`;
}

export function topicText(
  fields: { title: string; municipality: string; date: string; status: string },
  assessment?: { date: string; total: number; verdict: string; scores?: string },
): string {
  const lines = [
    '---',
    `title: ${fields.title}`,
    'raised_by:',
    `  municipality: ${fields.municipality}`,
    `date: "${fields.date}"`,
    `status: ${fields.status}`,
  ];
  if (assessment) {
    lines.push(
      'assessment:',
      `  date: "${assessment.date}"`,
      '  by: Dagelijks bestuur',
      '  framework_version: 1',
      `  scores: ${assessment.scores ?? '{ impact: 3, agenda: 2 }'}`,
      `  total: ${assessment.total}`,
      `  verdict: ${assessment.verdict}`,
    );
  }
  lines.push('---', 'Een actueel onderwerp dat leden bezighoudt.', '');
  return lines.join('\n');
}

/** Run git as `author` at `date` (e.g. a merge by someone else than the default identity). */
export function gitAs(repo: TestRepo, args: string[], date: string, author: { name: string; email: string }): string {
  return execFileSync('git', args, { cwd: repo.dir, env: gitEnv(date, author), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The commit id of a named commit of the story (`names`: commit id → name). */
export function commitNamed(names: Record<string, string>, name: string): string {
  return Object.keys(names).find((id) => names[id] === name) ?? '';
}

/** Replace every full commit id in `value` by its name in `names` (unknown ids become `<onbekend>`). */
export function normalise<T>(value: T, names: Record<string, string>): T {
  return JSON.parse(JSON.stringify(value).replace(/\b[0-9a-f]{40}\b/g, (id) => names[id] ?? '<onbekend>')) as T;
}
