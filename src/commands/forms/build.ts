/**
 * Pure: the issue forms (the YAML form schema GitHub and Forgejo both read) built from the agenda: the
 * members for the municipality dropdowns, the eight themes for the checkboxes, the actions for the progress
 * dropdown. `k80 forms` writes them, `k80 forms --check` compares, and `k80 intake` parses a submitted body
 * against the same definition. No file system, no git.
 */
import { Document, Scalar, visit } from 'yaml';
import { m } from '../../i18n/index.js';
import type { Content } from '../../content/load.js';
import type { Entry } from '../../content/types.js';
import { practiceTemplate } from '../add/draft.js';
import { byActionOrder } from '../../content/action-order.js';
import { repoPath } from '../../core/paths.js';

export const FORM_KINDS = ['practice', 'progress', 'topic'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/** Where the forms live: GitHub reads this folder, and so does Forgejo (it also looks in `.github/`). */
const FORMS_DIR = '.github/ISSUE_TEMPLATE';

/** The file of each form, and the label each form puts on its issue (the intake workflow acts on these). */
export const FORM_FILE: Record<FormKind, string> = {
  practice: repoPath(FORMS_DIR, 'practice.yml'),
  progress: repoPath(FORMS_DIR, 'progress.yml'),
  topic: repoPath(FORMS_DIR, 'topic.yml'),
};
const FORM_LABEL: Record<FormKind, string> = {
  practice: 'intake-practice',
  progress: 'intake-progress',
  topic: 'intake-topic',
};

export type FieldType = 'input' | 'textarea' | 'dropdown' | 'checkboxes';

export interface Field {
  id: string;
  type: FieldType;
  label: string;
  description: string;
  required: boolean;
  /** Dropdown options, or checkbox labels. */
  options?: string[];
  /** Checkboxes whose options must each be ticked (consent). */
  requiredOptions?: boolean;
  /** A textarea's prefilled text. */
  value?: string;
}

export interface Form {
  kind: FormKind;
  name: string;
  about: string;
  title: string;
  label: string;
  fields: Field[];
}

/** What the forms need from the agenda. */
export interface FormSource {
  network: string;
  members: string[];
  /** Theme titles in agenda order, with their ids. */
  themes: Array<{ id: string; title: string }>;
  /** Action titles in agenda order (theme order, then the action's order), with their ids. */
  actions: Array<{ id: string; title: string }>;
}

/** The agenda's facts for the forms, in agenda order. */
export function formSource(content: Content): FormSource {
  const themes = [...content.entries.theme].sort((a, b) => a.data.order - b.data.order || (a.id < b.id ? -1 : 1));
  const themeOrder = new Map(themes.map((t, i) => [t.id, i]));
  // per theme in agenda order, then the one order of actions within a theme (as list and the report)
  const key = (e: Entry<'action'>) => ({ order: e.data.order, title: e.data.title, id: e.id });
  const actions = [...content.entries.action].sort(
    (a, b) => (themeOrder.get(a.data.theme) ?? 99) - (themeOrder.get(b.data.theme) ?? 99) || byActionOrder(key(a), key(b)),
  );
  return {
    network: content.settings?.name ?? 'K80',
    members: [...(content.settings?.members ?? [])],
    themes: themes.map((t) => ({ id: t.id, title: t.data.title })),
    actions: actions.map((a) => ({ id: a.id, title: a.data.title })),
  };
}

type Texts = Readonly<Record<string, readonly [string, string]>>;

function field(texts: Texts, id: string, type: FieldType, required: boolean, extra: Partial<Field> = {}): Field {
  const [label, description] = texts[id]!;
  return { id, type, label, description, required, ...extra };
}

/** The fields of one form, in the order the form asks them . */
function formFields(kind: FormKind, src: FormSource): Field[] {
  const municipalities = [...src.members, m.forms.otherMunicipality];
  if (kind === 'practice') {
    const f = m.forms.practice.fields;
    return [
      field(f, 'title', 'input', true),
      field(f, 'municipality', 'dropdown', true, { options: municipalities }),
      field(f, 'other_municipality', 'input', false),
      field(f, 'themes', 'checkboxes', false, { options: src.themes.map((t) => t.title) }),
      field(f, 'summary', 'input', true),
      field(f, 'description', 'textarea', false, { value: practiceTemplate() }),
      field(f, 'tags', 'input', false),
      field(f, 'links', 'textarea', false),
      field(f, 'contact_role', 'input', false),
      field(f, 'contact_email', 'input', false),
      field(f, 'date', 'input', false),
      field(f, 'consent', 'checkboxes', true, { options: [m.forms.practice.consentOption], requiredOptions: true }),
    ];
  }
  if (kind === 'progress') {
    const f = m.forms.progress.fields;
    return [
      field(f, 'action', 'dropdown', true, { options: src.actions.map((a) => a.title) }),
      field(f, 'status', 'dropdown', false, { options: Object.values(m.common.labels.status) }),
      field(f, 'note', 'textarea', true),
      field(f, 'date', 'input', false),
    ];
  }
  const f = m.forms.topic.fields;
  return [
    field(f, 'title', 'input', true),
    field(f, 'municipality', 'dropdown', true, { options: municipalities }),
    field(f, 'other_municipality', 'input', false),
    field(f, 'role', 'input', false),
    field(f, 'description', 'textarea', true),
  ];
}

/** The definition of one form. */
export function buildForm(kind: FormKind, src: FormSource): Form {
  const texts = m.forms[kind];
  return { kind, label: FORM_LABEL[kind], name: texts.name, about: texts.about(src.network), title: texts.title, fields: formFields(kind, src) };
}

/** The form as issue-form YAML (GitHub's schema; Forgejo reads `description` as its `about`). */
export function formYaml(form: Form, network: string): string {
  const body: unknown[] = [{ type: 'markdown', attributes: { value: m.forms.intro(network) } }];
  for (const f of form.fields) {
    const attributes: Record<string, unknown> = { label: f.label, description: f.description };
    if (f.type === 'dropdown') attributes.options = f.options;
    if (f.type === 'checkboxes') {
      attributes.options = (f.options ?? []).map((label) => (f.requiredOptions ? { label, required: true } : { label }));
    }
    if (f.value !== undefined) attributes.value = f.value;
    const item: Record<string, unknown> = { type: f.type, id: f.id, attributes };
    // GitHub validates `required` on checkboxes per option, not on the group
    if (f.type !== 'checkboxes') item.validations = { required: f.required };
    body.push(item);
  }
  const doc = new Document({ name: form.name, description: form.about, title: form.title, labels: [form.label], body });
  // every string quoted (no YAML 1.1 reader can misread a municipality as a boolean), multi-line ones as blocks
  visit(doc, {
    Scalar(key, node: Scalar) {
      if (key === 'key' || typeof node.value !== 'string') return;
      node.type = node.value.includes('\n') ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_DOUBLE;
    },
  });
  const header = `# ${m.forms.header}\n`;
  return header + doc.toString({ lineWidth: 0, indentSeq: true });
}

/** Every form file: path (repository-relative) → text. */
export function buildForms(content: Content): Map<string, string> {
  const src = formSource(content);
  const out = new Map<string, string>();
  for (const kind of FORM_KINDS) out.set(FORM_FILE[kind], formYaml(buildForm(kind, src), src.network));
  return out;
}
