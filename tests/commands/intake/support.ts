/** Helpers for the intake tests: bodies rendered exactly as the forge renders a submitted form, from the generated form file. */
import { parse } from 'yaml';
import type { TestRepo } from '../../helpers/repo.js';

interface FormItem {
  type: string;
  id?: string;
  attributes: { label?: string; options?: Array<string | { label: string }> };
}

export type Answers = Record<string, string | string[] | undefined>;

/**
 * The issue body for `answers` (field id → text, dropdown choice, or the ticked checkbox labels), as GitHub
 * writes it (`### Label`, blank line, value, `_No response_` when empty, `- [X]` / `- [ ]`), or as Forgejo
 * does (`- [x]`, `_No response_` for an empty dropdown too). Built from the form file in the repository.
 */
export function renderBody(repo: TestRepo, form: 'practice' | 'progress' | 'topic', answers: Answers, forge: 'github' | 'forgejo' = 'github'): string {
  const doc = parse(repo.read(`.github/ISSUE_TEMPLATE/${form}.yml`)) as { body: FormItem[] };
  const parts: string[] = [];
  for (const item of doc.body) {
    if (item.type === 'markdown' || !item.id) continue;
    const label = item.attributes.label!;
    const answer = answers[item.id];
    let value: string;
    if (item.type === 'checkboxes') {
      const ticks = Array.isArray(answer) ? answer : [];
      const mark = forge === 'github' ? 'X' : 'x';
      value = (item.attributes.options ?? [])
        .map((o) => (typeof o === 'string' ? o : o.label))
        .map((l) => `- [${ticks.includes(l) ? mark : ' '}] ${l}`)
        .join('\n');
    } else if (item.type === 'dropdown') {
      const v = Array.isArray(answer) ? answer.join(', ') : answer;
      value = v === undefined || v === '' ? (forge === 'github' ? 'None' : '_No response_') : v;
    } else {
      const v = typeof answer === 'string' ? answer.trim() : '';
      value = v === '' ? '_No response_' : v;
    }
    parts.push(`### ${label}\n\n${value}`);
  }
  return forge === 'github' ? parts.join('\n\n') : `${parts.join('\n\n')}\n\n`;
}

export const PRACTICE_ANSWERS: Answers = {
  title: 'Dorpsplan met inwoners',
  municipality: 'Ameland',
  themes: ['Nabijheid', 'Krachtige en vitale kernen'],
  summary: 'Inwoners schrijven samen met de gemeente een dorpsplan: wat willen we over tien jaar?',
  description: '## Wat is het?\n\nEen dorpsplan, samen met inwoners.\n\n## Wat levert het op?\n\nMeer betrokkenheid.',
  tags: 'dorpsplan, inwoners',
  links: 'https://www.ameland.nl/dorpsplan',
  contact_role: 'beleidsadviseur leefbaarheid',
  contact_email: 'leefbaarheid@ameland.nl',
  date: '2026-03-05',
  consent: ['Mijn gemeente vindt het goed dat dit openbaar wordt gedeeld'],
};

export const TOPIC_ANSWERS: Answers = {
  title: 'Sluiting van basisscholen in kleine kernen',
  municipality: 'Vaals',
  role: 'beleidsmedewerker onderwijs',
  description: 'Door krimp dreigen scholen te sluiten. Het rijk werkt aan nieuwe regels; de consultatie sluit in juni.',
};

export const PROGRESS_ANSWERS: Answers = {
  action: 'We delen slimme, pragmatische woningbouwaanpakken met elkaar',
  status: 'Lopend',
  note: 'Eerste bijeenkomst gehouden met zes gemeenten.',
  date: '2026-03-10',
};
