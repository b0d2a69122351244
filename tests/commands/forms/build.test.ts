/** The issue forms built from the bundled agenda: the field ids of the issue, valid form definitions, parsed back. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseTemplate } from '@github/issue-parser';
import { loadRepo } from '../../../src/content/read.js';
import { buildForm, buildForms, formSource, FORM_FILE, FORM_KINDS } from '../../../src/commands/forms/build.js';
import { PROJECT } from '../../helpers/repo.js';

const content = loadRepo(PROJECT);
const src = formSource(content);

interface Item { type: string; id?: string; attributes: Record<string, unknown>; validations?: { required: boolean } }

describe('the forms', () => {
  it('have the field ids of the issue', () => {
    const ids = (kind: (typeof FORM_KINDS)[number]) => buildForm(kind, src).fields.map((f) => f.id);
    expect(ids('practice')).toEqual([
      'title', 'municipality', 'other_municipality', 'themes', 'summary', 'description', 'tags', 'links', 'contact_role', 'contact_email', 'date', 'consent',
    ]);
    expect(ids('progress')).toEqual(['action', 'status', 'note', 'date']);
    expect(ids('topic')).toEqual(['title', 'municipality', 'other_municipality', 'role', 'description']);
  });

  it('take their choices from the agenda: members plus "Andere gemeente", the eight themes in order, every action', () => {
    const practice = buildForm('practice', src);
    const members = content.settings!.members;
    expect(practice.fields.find((f) => f.id === 'municipality')!.options).toEqual([...members, 'Andere gemeente']);
    expect(practice.fields.find((f) => f.id === 'themes')!.options).toEqual([
      'Nabijheid', 'Krachtige en vitale kernen', 'Wonen', 'Sociaal Domein', 'Landelijk Gebied', 'Financiën', 'Eigentijds werkgeverschap', 'Wendbaarheid',
    ]);
    const actions = buildForm('progress', src).fields.find((f) => f.id === 'action')!.options!;
    expect(actions).toHaveLength(content.entries.action.length);
    expect(new Set(actions).size).toBe(actions.length);
  });

  it('are valid form definitions: name, description, labels, unique ids and labels, required only where GitHub allows it', () => {
    for (const [file, text] of buildForms(content)) {
      expect(Object.values(FORM_FILE)).toContain(file);
      const doc = parse(text) as { name: string; description: string; labels: string[]; body: Item[] };
      expect(doc.name).not.toBe('');
      expect(doc.description).not.toBe('');
      expect(doc.labels).toHaveLength(1);
      const fields = doc.body.filter((b) => b.type !== 'markdown');
      expect(new Set(fields.map((f) => f.id)).size).toBe(fields.length);
      expect(new Set(fields.map((f) => f.attributes.label)).size).toBe(fields.length);
      for (const f of fields) {
        expect(f.id).toMatch(/^[a-z_]+$/);
        if (f.type === 'checkboxes') expect(f.validations).toBeUndefined();
        else expect(typeof f.validations?.required).toBe('boolean');
      }
      // the parser k80 intake uses reads the same definition
      expect(Object.keys(parseTemplate(text))).toEqual(fields.map((f) => f.id));
    }
  });

  it('quote every value, so no YAML 1.1 reader takes a municipality for a boolean', () => {
    const text = buildForms({ ...content, settings: { ...content.settings!, members: ['No', 'On', 'Yes'] } }).get(FORM_FILE.practice)!;
    expect(text).toContain('- "No"\n');
    expect((parse(text, { version: '1.1' }) as { body: Item[] }).body[2]!.attributes.options).toEqual(['No', 'On', 'Yes', 'Andere gemeente']);
  });
});
