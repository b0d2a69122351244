/** The validators compiled at build time behave exactly like the ones compiled at run time. */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from '../helpers/repo.js';
import { compileSchemas, schemaFingerprint } from '../../src/content/schema.js';
import { readSchemas, readSchemaTexts } from '../../src/content/read.js';
import type { Validators } from '../../src/content/schema.js';

const BUILT = join(PROJECT, 'dist', 'content', 'validators.cjs');

describe('precompiled validators (dist/content/validators.cjs, written by npm run build)', () => {
  it('exist after the build and match the schemas on disk', () => {
    expect(existsSync(BUILT)).toBe(true);
    const mod = createRequire(import.meta.url)(BUILT) as { fingerprint: string; validators: Validators };
    expect(mod.fingerprint).toBe(schemaFingerprint(readSchemaTexts()));
  });

  it('give the same verdicts and errors as validators compiled now', () => {
    const built = (createRequire(import.meta.url)(BUILT) as { validators: Validators }).validators;
    const fresh = compileSchemas(readSchemas());
    const samples: Array<[keyof Validators, unknown]> = [
      ['practice', { title: 'x', municipality: 'Ameland', themes: ['wonen'], date: '2026-03-05', summary: 's' }],
      ['practice', { title: 1, municipality: 'Ameland', themes: ['Wonen', 'wonen', 'wonen'], date: '2026-13-45', summary: 'a'.repeat(281), links: ['ftp://x'], extra: 1 }],
      ['action', { title: 'x', theme: 'wonen', type: 'lobby', status: 'actve' }],
      ['topic', { title: 'x', raised_by: {}, date: '2026-01-01', status: 'open', assessment: { scores: { impact: 1.5 } } }],
      ['framework', { version: 0, scale: { min: 0, max: 3, labels: { x: 'y' } }, criteria: [], thresholds: { 'take-up': 101 } }],
      ['settings', { name: 'K80', agenda: { adopted: 'gisteren' }, members: [] }],
      ['theme', null],
      // lengths are counted in code points: an emoji is one character (the build's count skips ajv's loop only
      // for a string without a high surrogate), also at the limits and with a surrogate that has no partner
      ['practice', { title: '😀'.repeat(200), municipality: '\uD83D', themes: ['wonen'], date: '2026-03-05', summary: `${'a'.repeat(279)}😀` }],
      ['practice', { title: `${'😀'.repeat(200)}a`, municipality: '', themes: ['wonen'], date: '2026-03-05', summary: `${'a'.repeat(279)}\uD83D\uD83D` }],
      ['practice', { title: '\uDE00'.repeat(201), municipality: 'x\uD83Dy', themes: ['wonen'], date: '2026-03-05', summary: '😀'.repeat(281) }],
    ];
    for (const [name, data] of samples) {
      const a = built[name](data);
      const b = fresh[name](data);
      expect(a).toBe(b);
      // the build gives each schema an $id (to export them together); everything else is identical
      const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v ?? null, (k, x: unknown) => (k === '$id' ? undefined : x)));
      expect(plain(built[name].errors)).toEqual(plain(fresh[name].errors));
      expect(built[name].errors?.length ?? 0).toBe(fresh[name].errors?.length ?? 0);
    }
  });

  it('count a length in code points, as ajv does', () => {
    const built = (createRequire(import.meta.url)(BUILT) as { validators: Validators }).validators;
    const practice = (title: string) => ({ title, municipality: 'Ameland', themes: ['wonen'], date: '2026-03-05', summary: 's' });
    expect(built.practice(practice('😀'.repeat(200)))).toBe(true);
    expect(built.practice(practice('😀'.repeat(201)))).toBe(false);
    expect(built.practice.errors?.map((e) => e.keyword)).toEqual(['maxLength']);
    expect(built.practice(practice('a'.repeat(201)))).toBe(false);
    expect(built.practice(practice('\uD83D'.repeat(200)))).toBe(true);
  });

  it('the fingerprint changes with any schema text', () => {
    const texts = readSchemaTexts();
    const before = schemaFingerprint(texts);
    expect(schemaFingerprint({ ...texts, practice: texts.practice.replace('280', '281') })).not.toBe(before);
  });
});
