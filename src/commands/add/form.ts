/**
 * The interactive form of `k80 add`: asks, in Dutch, for every field the flags left open. With `--yes`
 * only the required fields are asked. Values are checked while typing where the prompt allows it; the
 * whole file is validated afterwards as in the scripted path.
 */
import { m } from '../../i18n/index.js';
import { textLength, type Choice, type Prompter } from '../../prompts/index.js';
import type { Entry } from '../../content/types.js';
import { isValidDate, isHttpUrl, isEmail } from './values.js';
import { practiceTemplate, type AddKind, type Draft } from './draft.js';

export interface FormContext {
  kind: AddKind;
  members: readonly string[];
  themes: ReadonlyArray<Entry<'theme'>>;
  today: string;
  /** Only ask what is required and missing (`--yes`). */
  requiredOnly: boolean;
  /** Open the editor on the body without asking (`--edit`). */
  edit: boolean;
}

const q = () => m.add.form;

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Member choices matching `term`, and the typed term itself as a non-member choice when no member is exactly it. */
export function municipalityChoices(members: readonly string[], term: string, allowNone?: string): Array<Choice<string>> {
  const needle = fold(term.trim());
  const matches = members.filter((x) => fold(x).includes(needle));
  const choices: Array<Choice<string>> = [];
  if (allowNone !== undefined && needle === '') choices.push({ value: '', name: allowNone });
  choices.push(...matches.map((x) => ({ value: x, name: x })));
  const exact = members.some((x) => fold(x) === needle);
  if (term.trim() !== '' && !exact) choices.push({ value: term.trim(), name: q().notMemberChoice(term.trim()) });
  return choices;
}

/** Ask for a municipality: search the members; a non-member only after a confirmation. */
export async function askMunicipality(p: Prompter, members: readonly string[], message: string, allowNone?: string): Promise<string> {
  for (;;) {
    const answer = await p.search({ message, source: (term) => municipalityChoices(members, term, allowNone) });
    if (answer === '' || members.includes(answer)) return answer;
    if (await p.confirm({ message: q().confirmNotMember(answer), default: false })) return answer;
  }
}

function listOf(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

async function askLinks(p: Prompter): Promise<string[]> {
  const links: string[] = [];
  for (;;) {
    const link = await p.input({
      message: links.length === 0 ? q().link : q().linkMore,
      validate: (v) => (v.trim() === '' || isHttpUrl(v.trim()) ? true : q().linkInvalid),
    });
    if (link === '') return links;
    if (!links.includes(link)) links.push(link);
  }
}

async function askDate(p: Prompter, today: string): Promise<string> {
  return p.input({ message: q().date, default: today, validate: (v) => (v.trim() === '' || isValidDate(v.trim()) ? true : q().dateInvalid) });
}

/** The Dutch names of an action's or a topic's statuses (as list and report show them), as choices. */
export const statusChoices = (kind: 'action' | 'topic'): Array<Choice<string>> =>
  Object.entries(kind === 'action' ? m.common.labels.status : m.common.labels.topicStatus).map(([value, name]) => ({ value, name }));

/** Fill the open fields of `d` by asking. Returns a new draft. */
export async function fillDraft(p: Prompter, ctx: FormContext, given: Draft): Promise<Draft> {
  const d: Draft = { ...given, themes: [...given.themes], tags: [...given.tags], links: [...given.links] };
  const ask = !ctx.requiredOnly;
  const { kind } = ctx;
  p.say(q().intro[kind]);

  d.title ??= await p.input({ message: q().title[kind], required: true, limit: 200 });

  if (kind === 'practice') {
    d.municipality ??= await askMunicipality(p, ctx.members, q().municipalityPractice);
    if (d.themes.length === 0) {
      d.themes = await p.checkbox({
        message: q().themes,
        choices: ctx.themes.map((t) => ({ value: t.id, name: t.data.title })),
        required: q().themesRequired,
      });
    }
    d.summary ??= await p.input({ message: q().summary, required: true, limit: 280, count: true });
    if (ask && d.tags.length === 0) d.tags = listOf(await p.input({ message: q().tags }));
    if (ask && d.links.length === 0) d.links = await askLinks(p);
    const contactGiven = [d.contactRole, d.contactMunicipality, d.contactName, d.contactEmail].some((x) => x !== undefined);
    if (ask && !contactGiven) {
      p.say(q().privacy);
      const role = await p.input({ message: q().contactRole, limit: 100 });
      if (role !== '') {
        d.contactRole = role;
        const where = await p.input({ message: q().contactMunicipality, default: d.municipality ?? '', limit: 100 });
        if (where !== '') d.contactMunicipality = where;
        const name = await p.input({ message: q().contactName, limit: 100 });
        if (name !== '') d.contactName = name;
        const email = await p.input({
          message: q().contactEmail,
          validate: (v) => (v.trim() === '' || isEmail(v.trim()) ? true : q().emailInvalid),
        });
        if (email !== '') d.contactEmail = email;
      }
    }
    if (ask) d.date ??= await askDate(p, ctx.today);
  }

  if (kind === 'action') {
    if (d.themes.length === 0) {
      d.themes = [
        await p.select({ message: q().theme, choices: ctx.themes.map((t) => ({ value: t.id, name: t.data.title })) }),
      ];
    }
    d.type ??= await p.select({
      message: q().type,
      choices: Object.entries(m.common.labels.type).map(([value, name]) => ({ value, name })),
    });
    if (ask) d.status ??= await p.select({ message: q().status, choices: statusChoices('action'), default: 'planned' });
    if (ask && d.municipality === undefined) {
      const lead = await askMunicipality(p, ctx.members, q().lead, q().noLead);
      if (lead !== '') {
        d.municipality = lead;
        const role = await p.input({ message: q().leadRole, limit: 100 });
        if (role !== '') d.role = role;
      }
    }
  }

  if (kind === 'topic') {
    d.municipality ??= await askMunicipality(p, ctx.members, q().raisedBy);
    if (ask && d.role === undefined) {
      const role = await p.input({ message: q().raisedByRole, limit: 100 });
      if (role !== '') d.role = role;
    }
    if (ask) d.date ??= await askDate(p, ctx.today);
  }

  if (d.body === undefined) {
    const template = kind === 'practice' ? practiceTemplate() : '';
    if (ctx.edit) {
      d.body = await p.editor({ message: q().editor, text: template });
    } else if (ask && kind === 'practice') {
      if (await p.confirm({ message: q().openEditor, default: false })) {
        d.body = await p.editor({ message: q().editor, text: template });
      }
    } else if (ask) {
      const text = await p.input({ message: q().description[kind] });
      if (text !== '') d.body = text;
    }
  } else if (ctx.edit) {
    d.body = await p.editor({ message: q().editor, text: d.body });
  }
  return d;
}

/** Show the file that will be written and ask to go ahead. */
export async function confirmWrite(p: Prompter, file: string, text: string, commit: boolean): Promise<boolean> {
  p.say(`\n${q().preview(file)}\n${'─'.repeat(Math.min(60, Math.max(20, textLength(file) + 10)))}\n${text}${'─'.repeat(20)}`);
  return p.confirm({ message: commit ? q().confirmCommit : q().confirmWrite, default: true });
}
