/**
 * Pure: the values of a parsed form → the draft that `k80 add` builds (practice, topic) or the changes that
 * `k80 update` makes (progress), with a problem per field that is missing or wrong. Every problem names the
 * field by its id; the comment shows the form's label.
 */
import { m } from '../../i18n/index.js';
import { cleanDraft, type Draft } from '../add/draft.js';
import { isHttpUrl } from '../shared/values.js';
import { isDay } from '../../core/day.js';
import { cleanLine, cleanText } from '../../content/entry-text.js';
import type { Field, Form, FormSource } from '../forms/build.js';
import { maxLength } from '../../content/schema-facts.js';
import type { Changes } from '../update/edit.js';
import { choice, optionOf, sameOption, text, ticked, type Problem, type Value } from './parse.js';

/** Longest summary (the practice schema's maxLength). */
const SUMMARY_MAX = maxLength('practice', ['summary']);

interface Reader {
  field(id: string): Field;
  /** A cleaned single line ('' when empty). */
  line(id: string): string;
  /** Cleaned multi-line text ('' when empty). */
  block(id: string): string;
  problems: Problem[];
  problem(id: string | undefined, message: string, fix: string): void;
  has(id: string): boolean;
}

function reader(form: Form, values: Map<string, Value>): Reader {
  const problems: Problem[] = [];
  const field = (id: string): Field => form.fields.find((f) => f.id === id)!;
  const r: Reader = {
    field,
    line: (id) => cleanLine(text(values.get(id))),
    block: (id) => cleanText(text(values.get(id))).trim(),
    problems,
    problem: (id, message, fix) => {
      // one problem per field is enough to act on
      if (id !== undefined && problems.some((p) => p.field === id)) return;
      problems.push(id === undefined ? { message, fix } : { field: id, message, fix });
    },
    has: (id) => problems.some((p) => p.field === id),
  };
  // required inputs, textareas and dropdowns
  for (const f of form.fields) {
    if (!f.required || f.type === 'checkboxes') continue;
    const v = values.get(f.id);
    const empty = f.type === 'dropdown' ? choice(v) === '' : text(v).trim() === '';
    if (empty) r.problem(f.id, m.intake.required, m.intake.requiredFix);
  }
  return r;
}

/** The municipality: a member from the dropdown, or the other municipality's name. */
function municipality(r: Reader, values: Map<string, Value>): { value?: string; field: string } {
  const chosen = cleanLine(choice(values.get('municipality')));
  if (chosen === '') return { field: 'municipality' };
  if (sameOption(chosen, m.forms.otherMunicipality)) {
    const other = r.line('other_municipality');
    const label = r.field('other_municipality').label;
    if (other === '') {
      r.problem('other_municipality', m.intake.otherMissing(label), m.intake.otherMissingFix(label));
      return { field: 'other_municipality' };
    }
    return { value: other, field: 'other_municipality' };
  }
  const option = optionOf(r.field('municipality'), chosen);
  if (option === undefined) {
    r.problem('municipality', m.intake.unknownOption(chosen, []), m.intake.unknownOptionFix);
    return { field: 'municipality' };
  }
  return { value: option, field: 'municipality' };
}

function date(r: Reader): string | undefined {
  const d = r.line('date');
  if (d === '') return undefined;
  if (!isDay(d)) r.problem('date', m.intake.badDate(d), m.intake.badDateFix);
  return d;
}

export interface DraftResult {
  draft: Draft;
  problems: Problem[];
  /** The field that gave the municipality (`municipality` or `other_municipality`), for later messages. */
  municipalityField: string;
}

/** A practice or a topic: the same draft `k80 add` builds. */
export function draftFromForm(form: Form, values: Map<string, Value>, src: FormSource): DraftResult {
  const r = reader(form, values);
  const muni = municipality(r, values);
  const d: Draft = { themes: [], tags: [], links: [] };
  const title = r.line('title');
  if (title !== '') d.title = title;
  if (muni.value !== undefined) d.municipality = muni.value;
  const body = r.block('description');
  if (body !== '') d.body = `${body}\n`;

  if (form.kind === 'practice') {
    for (const label of ticked(values.get('themes'))) {
      const theme = src.themes.find((t) => sameOption(t.title, label));
      if (theme) d.themes.push(theme.id);
      else r.problem('themes', m.intake.unknownOption(cleanLine(label), src.themes.map((t) => t.title)), m.intake.unknownOptionFix);
    }
    if (d.themes.length === 0) r.problem('themes', m.intake.noTheme, m.intake.noThemeFix);
    const summary = r.line('summary');
    if (summary !== '') {
      d.summary = summary;
      if ([...summary].length > SUMMARY_MAX) r.problem('summary', m.intake.tooLong([...summary].length, SUMMARY_MAX), m.intake.tooLongFix(SUMMARY_MAX));
    }
    d.tags = r.line('tags') === '' ? [] : [r.line('tags')];
    for (const raw of r.block('links').split('\n')) {
      const link = cleanLine(raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/^<(.*)>$/, '$1'));
      if (link === '') continue;
      if (!isHttpUrl(link)) r.problem('links', m.intake.badLink(link), m.intake.badLinkFix);
      d.links.push(link);
    }
    const role = r.line('contact_role');
    const email = r.line('contact_email');
    if (role !== '') d.contactRole = role;
    if (email !== '') d.contactEmail = email;
    const dt = date(r);
    if (dt !== undefined) d.date = dt;
    const consent = r.field('consent').options ?? [];
    const given = ticked(values.get('consent'));
    if (!consent.every((c) => given.some((g) => sameOption(g, c)))) r.problem('consent', m.intake.noConsent, m.intake.noConsentFix);
  } else {
    const role = r.line('role');
    if (role !== '') d.role = role;
  }
  return { draft: cleanDraft(d), problems: r.problems, municipalityField: muni.field };
}

export interface ProgressResult {
  /** The action's id, when the chosen title is one. */
  action?: string;
  changes: Changes;
  date?: string;
  problems: Problem[];
}

/** Progress on an action: the changes `k80 update action` makes. */
export function progressFromForm(form: Form, values: Map<string, Value>, src: FormSource): ProgressResult {
  const r = reader(form, values);
  const chosen = cleanLine(choice(values.get('action')));
  let action: string | undefined;
  if (chosen !== '') {
    action = src.actions.find((a) => sameOption(a.title, chosen))?.id;
    if (action === undefined) r.problem('action', m.intake.unknownOption(chosen, []), m.intake.unknownOptionFix);
  }
  const changes: Changes = {};
  const status = cleanLine(choice(values.get('status')));
  if (status !== '') {
    const key = Object.entries(m.common.labels.status).find(([, label]) => sameOption(label, status))?.[0];
    if (key === undefined) {
      r.problem('status', m.intake.unknownOption(status, Object.values(m.common.labels.status)), m.intake.unknownOptionFix);
    } else changes.status = key;
  }
  const note = r.block('note');
  if (note !== '') changes.note = note;
  const dt = date(r);
  return { ...(action !== undefined ? { action } : {}), changes, ...(dt !== undefined ? { date: dt } : {}), problems: r.problems };
}
