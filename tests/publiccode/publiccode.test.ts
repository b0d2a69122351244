/**
 * publiccode.yml against a schema written from the text of the publiccode.yml standard 0.4 (no parser of
 * the standard exists for Node), and the files the Dutch public-code register asks for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { createAjv } from '../../src/content/schema.js';
import { PROJECT } from '../helpers/repo.js';

const schema = JSON.parse(readFileSync(join(PROJECT, 'tests', 'publiccode', 'publiccode.schema.json'), 'utf8')) as object;
const validate = createAjv({ verbose: false, strictRequired: false }).compile(schema);
const read = (f: string): string => readFileSync(join(PROJECT, f), 'utf8');
const publiccode = (): Record<string, unknown> => load(read('publiccode.yml')) as Record<string, unknown>;
const errorsOf = (data: unknown): string[] =>
  validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);

describe('publiccode.yml', () => {
  it('is valid against the standard', () => {
    expect(errorsOf(publiccode())).toEqual([]);
  });

  it('says what the register asks: Dutch and English, EUPL-1.2, status, maintenance, type, platforms, the Netherlands', () => {
    const p = publiccode() as {
      description: Record<string, { shortDescription: string; longDescription: string }>;
      legal: { license: string };
      softwareVersion: string;
      softwareType: string;
      platforms: string[];
      developmentStatus: string;
      maintenance: { type: string };
      intendedAudience: { countries: string[] };
      localisation: { availableLanguages: string[] };
    };
    const pkg = JSON.parse(read('package.json')) as { version: string; license: string };
    expect(Object.keys(p.description).sort()).toEqual(['en', 'nl']);
    expect(p.legal.license).toBe('EUPL-1.2');
    expect(pkg.license).toBe(p.legal.license);
    expect(p.softwareVersion).toBe(pkg.version);
    expect(p.softwareType).toBe('standalone/other');
    expect(p.platforms).toEqual(['windows', 'mac', 'linux']);
    expect(p.developmentStatus).toBe('beta');
    expect(p.maintenance.type).toBe('internal');
    expect(p.intendedAudience.countries).toEqual(['nl']);
    expect(p.localisation.availableLanguages).toEqual(['nl', 'en']);
  });

  it('the schema can fail: it refuses what the standard refuses', () => {
    const p = publiccode();
    const bad = (change: (x: Record<string, unknown>) => void): string[] => {
      const copy = structuredClone(p);
      change(copy);
      return errorsOf(copy);
    };
    expect(bad((x) => delete x.url)).not.toEqual([]);
    expect(bad((x) => (x.softwareType = 'standalone'))).not.toEqual([]);
    expect(bad((x) => (x.developmentStatus = 'alpha'))).not.toEqual([]);
    expect(bad((x) => (x.categories = ['municipalities']))).not.toEqual([]);
    expect(bad((x) => ((x.description as Record<string, { shortDescription: string }>).nl!.shortDescription = 'x'.repeat(151)))).not.toEqual([]);
    expect(bad((x) => ((x.description as Record<string, { longDescription: string }>).en!.longDescription = 'Too short.'))).not.toEqual([]);
    expect(bad((x) => ((x.maintenance as Record<string, unknown>).contacts = undefined))).not.toEqual([]);
    expect(bad((x) => ((x.maintenance as Record<string, unknown>).type = 'contract'))).not.toEqual([]);
    expect(bad((x) => (x.releaseDate = '1-12-2026'))).not.toEqual([]);
    expect(bad((x) => (x.unknownKey = true))).not.toEqual([]);
    expect(bad((x) => (x.nl = { anything: true }))).toEqual([]); // a country-specific section
  });
});

describe('the files of public code', () => {
  it('LICENSE holds the full EUPL-1.2 text', () => {
    const text = read('LICENSE');
    expect(text).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/);
    expect(text).toContain('Appendix');
    expect(text).toContain('Compatible Licences’ according to Article 5 EUPL are:');
    expect(text.length).toBeGreaterThan(12_000);
  });

  it('SECURITY.md, CHANGELOG.md and CODE_OF_CONDUCT.md exist; the changelog names this version', () => {
    for (const f of ['SECURITY.md', 'CHANGELOG.md', 'CODE_OF_CONDUCT.md']) expect(existsSync(join(PROJECT, f)), f).toBe(true);
    const pkg = JSON.parse(read('package.json')) as { version: string };
    expect(read('CHANGELOG.md')).toContain(`## [${pkg.version}]`);
  });
});
