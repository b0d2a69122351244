/**
 * The interactive form of `k80 add`: asks, in Dutch, for every field the flags left open. With `--yes`
 * only the required fields are asked. Values are checked while typing where the prompt allows it; the
 * whole file is validated afterwards as in the scripted path.
 */
import { m } from '../../i18n/index.js';
import { type Choice, type Prompter } from '../../prompts/index.js';
import { fold } from '../../prompts/pick.js';
import type { Entry } from '../../content/types.js';
import { isHttpUrl, isEmail } from '../shared/values.js';
import { isDay } from '../../core/day.js';
import { showPreview, statusChoices } from '../shared/confirm.js';
import { practiceTemplate, type AddKind, type Draft } from './draft.js';
import { maxLength } from '../../content/schema-facts.js';
import { notMember } from '../validate/checks/members.js';
import { isPersonalEmail } from '../validate/checks/personal.js';
import { isFutureDate } from '../validate/checks/dates.js';

export interface FormContext {
  kind: AddKind;
  members: readonly string[];
  themes: ReadonlyArray<Entry<'theme'>>;
  today: string;
  /** Only ask what is required and missing (`--yes`). */
  requiredOnly: boolean;
  /** Open the editor on the body without asking (`--edit`). */
  edit: boolean;
  /** Ask this one field again ("Iets aanpassen" at the preview), nothing else. */
  only?: FormField;
  /** k80.yaml's own functional mailboxes, lowercase (`extraMailboxes`): not warned about at the contact question. */
  mailboxes?: ReadonlySet<string>;
}

/** The fields the preview lets one change, per kind, in the form's order. */
const FORM_FIELDS = {
  practice: ['title', 'municipality', 'themes', 'summary', 'tags', 'links', 'contact', 'date', 'body'],
  action: ['title', 'themes', 'type', 'status', 'lead', 'body'],
  topic: ['title', 'municipality', 'role', 'date', 'body'],
} as const satisfies Record<AddKind, readonly string[]>;
export type FormField = (typeof FORM_FIELDS)[AddKind][number];

/** The draft without the answer to `field`, so that the form asks it again. */
export function forget(d: Draft, field: FormField): Draft {
  const out: Draft = { ...d, themes: [...d.themes], tags: [...d.tags], links: [...d.links] };
  if (field === 'themes' || field === 'tags' || field === 'links') out[field] = [];
  else if (field === 'contact') for (const k of ['contactRole', 'contactMunicipality', 'contactName', 'contactEmail'] as const) delete out[k];
  else if (field === 'lead') for (const k of ['municipality', 'role', 'name'] as const) delete out[k];
  else delete out[field];
  return out;
}

export type PreviewChoice = 'save' | 'change' | 'cancel';

/** Show the file that will be written; "Opslaan", "Iets aanpassen" or "Afbreken". */
export async function previewChoice(p: Prompter, file: string, text: string, commit: boolean): Promise<PreviewChoice> {
  showPreview(p, file, text);
  return p.select<PreviewChoice>({
    message: q().previewQuestion,
    choices: [
      { value: 'save', name: commit ? q().choiceSaveCommit : q().choiceSave },
      { value: 'change', name: q().choiceChange },
      { value: 'cancel', name: q().choiceCancel },
    ],
    default: 'save',
  });
}

/** Which field to answer again. */
export async function pickField(p: Prompter, kind: AddKind): Promise<FormField> {
  const names = q().fieldNames as Record<string, string>;
  return p.select<FormField>({
    message: q().pickField,
    choices: FORM_FIELDS[kind].map((f) => ({ value: f, name: f === 'municipality' && kind === 'topic' ? q().fieldNames.raisedBy : (names[f] ?? f) })),
  });
}

const q = () => m.add.form;

/**
 * Member choices matching `term`, and the typed term itself as a non-member choice when no member is exactly
 * it. Before anything is typed only a line saying to type (and the "none" choice, when allowed): Enter on an
 * empty search never picks the first member.
 */
export function municipalityChoices(members: readonly string[], term: string, allowNone?: string): Array<Choice<string>> {
  const needle = fold(term.trim());
  const choices: Array<Choice<string>> = [];
  if (needle === '') {
    if (allowNone !== undefined) choices.push({ value: '', name: allowNone });
    choices.push({ value: '', name: q().typeToSearch, separator: true });
    return choices;
  }
  const matches = members.filter((x) => fold(x).includes(needle));
  choices.push(...matches.map((x) => ({ value: x, name: x })));
  const exact = members.some((x) => fold(x) === needle);
  if (term.trim() !== '' && !exact) choices.push({ value: term.trim(), name: q().notMemberChoice(term.trim()) });
  return choices;
}

/** Ask for a municipality: search the members; a non-member only after a confirmation. */
async function askMunicipality(p: Prompter, members: readonly string[], message: string, allowNone?: string): Promise<string> {
  for (;;) {
    const answer = await p.search({ message, source: (term) => municipalityChoices(members, term, allowNone) });
    const warning = answer === '' ? undefined : notMember(answer, members);
    if (warning === undefined) return answer;
    if (await p.confirm({ message: q().confirmNotMember(answer, warning.suggestion), default: false })) return answer;
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

/** A date; one in the future (the `date-future` warning of validate) only after a confirmation. */
async function askDate(p: Prompter, today: string): Promise<string> {
  for (;;) {
    const date = await p.input({ message: q().date, default: today, validate: (v) => (v.trim() === '' || isDay(v.trim()) ? true : q().dateInvalid) });
    if (!isFutureDate(date, today)) return date;
    p.say(`${m.common.warningPrefix} ${m.validate.dateFuture(date)}`);
    if (await p.confirm({ message: q().confirmFutureDate, default: false })) return date;
  }
}

/** A functional mailbox; a personal-looking address (the `personal-email` warning of validate) only after a confirmation. */
async function askEmail(p: Prompter, mailboxes: ReadonlySet<string>): Promise<string> {
  for (;;) {
    const email = await p.input({
      message: q().contactEmail,
      validate: (v) => (v.trim() === '' || isEmail(v.trim()) ? true : q().emailInvalid),
    });
    if (email === '' || !isPersonalEmail(email, mailboxes)) return email;
    p.say(`${m.common.warningPrefix} ${m.validate.personalEmail(email)}`);
    if (await p.confirm({ message: q().confirmPersonalEmail, default: false })) return email;
  }
}

/** Fill the open fields of `d` by asking. Returns a new draft. */
export async function fillDraft(p: Prompter, ctx: FormContext, given: Draft): Promise<Draft> {
  const d: Draft = { ...given, themes: [...given.themes], tags: [...given.tags], links: [...given.links] };
  const { kind, only } = ctx;
  const ask = !ctx.requiredOnly || only !== undefined;
  /** Is `field` asked in this pass? Every field normally; only the one to change at "Iets aanpassen". */
  const want = (field: FormField): boolean => only === undefined || only === field;
  if (only === undefined) p.say(q().intro[kind]);

  if (want('title')) d.title ??= await p.input({ message: q().title[kind], required: true, limit: maxLength(kind, ['title']) });

  if (kind === 'practice') {
    if (want('municipality')) d.municipality ??= await askMunicipality(p, ctx.members, q().municipalityPractice);
    if (want('themes') && d.themes.length === 0) {
      d.themes = await p.checkbox({
        message: q().themes,
        choices: ctx.themes.map((t) => ({ value: t.id, name: t.data.title })),
        required: q().themesRequired,
      });
    }
    if (want('summary')) d.summary ??= await p.input({ message: q().summary, required: true, limit: maxLength('practice', ['summary']), count: true });
    if (ask && want('tags') && d.tags.length === 0) d.tags = listOf(await p.input({ message: q().tags }));
    if (ask && want('links') && d.links.length === 0) d.links = await askLinks(p);
    const contactGiven = [d.contactRole, d.contactMunicipality, d.contactName, d.contactEmail].some((x) => x !== undefined);
    if (ask && want('contact') && !contactGiven) {
      p.say(q().privacy);
      const role = await p.input({ message: q().contactRole, limit: maxLength('practice', ['contact', 'role']) });
      if (role !== '') {
        d.contactRole = role;
        const where = await p.input({ message: q().contactMunicipality, default: d.municipality ?? '', limit: maxLength('practice', ['contact', 'municipality']) });
        if (where !== '') d.contactMunicipality = where;
        const name = await p.input({ message: q().contactName, limit: maxLength('practice', ['contact', 'name']) });
        if (name !== '') d.contactName = name;
        const email = await askEmail(p, ctx.mailboxes ?? new Set());
        if (email !== '') d.contactEmail = email;
      }
    }
    if (ask && want('date')) d.date ??= await askDate(p, ctx.today);
  }

  if (kind === 'action') {
    if (want('themes') && d.themes.length === 0) {
      d.themes = [
        await p.select({ message: q().theme, choices: ctx.themes.map((t) => ({ value: t.id, name: t.data.title })) }),
      ];
    }
    if (want('type')) d.type ??= await p.select({
      message: q().type,
      choices: Object.entries(m.common.labels.type).map(([value, name]) => ({ value, name })),
    });
    if (ask && want('status')) d.status ??= await p.select({ message: q().status, choices: statusChoices('action'), default: 'planned' });
    if (ask && want('lead') && d.municipality === undefined) {
      const lead = await askMunicipality(p, ctx.members, q().lead, q().noLead);
      if (lead !== '') {
        d.municipality = lead;
        const role = await p.input({ message: q().leadRole, limit: maxLength('action', ['lead', 'role']) });
        if (role !== '') d.role = role;
      }
    }
  }

  if (kind === 'topic') {
    if (want('municipality')) d.municipality ??= await askMunicipality(p, ctx.members, q().raisedBy);
    if (ask && want('role') && d.role === undefined) {
      const role = await p.input({ message: q().raisedByRole, limit: maxLength('topic', ['raised_by', 'role']) });
      if (role !== '') d.role = role;
    }
    if (ask && want('date')) d.date ??= await askDate(p, ctx.today);
  }

  if (only === 'body') {
    // answered again: the editor starts from the text so far (a practice), a line of text otherwise
    const text = d.body ?? (kind === 'practice' ? practiceTemplate() : '');
    if (kind === 'practice' || ctx.edit) d.body = await p.editor({ message: q().editor, text });
    else {
      const line = await p.input({ message: q().description[kind], default: text });
      d.body = line === '' ? undefined : line;
    }
  } else if (only !== undefined) {
    // another field answered again: the text stays as it was
  } else if (d.body === undefined) {
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
