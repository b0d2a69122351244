/**
 * Pure: the files of a new agenda repository for another network — settings, one theme to rename, the
 * default afwegingskader, the validate workflow, CONTRIBUTING — in the active language. The schemas are
 * copied as they are by the caller. Paths use `/` (they are repository paths, joined with node:path on write).
 */
import { m } from '../../i18n/index.js';

export interface NewFile {
  /** Repository-relative path with `/` separators. */
  path: string;
  text: string;
}

export interface InitPlan {
  name: string;
  agendaTitle: string;
  /** YYYY-MM-DD: the agenda's adoption date to start with (today). */
  today: string;
  /** Where the workflow fetches k80 from (a git URL), when known. */
  source?: string;
}

/** A YAML 1.2 double-quoted scalar (JSON strings are valid ones). */
const q = (s: string): string => JSON.stringify(s);

/** The weights and knock-outs of the default framework (as the shipped agenda/afwegingskader.yaml); the texts come from the catalogue. */
const CRITERIA = [
  { id: 'impact', weight: 3, knockout: true },
  { id: 'agenda', weight: 2, knockout: false },
  { id: 'added-value', weight: 3, knockout: true },
  { id: 'influence', weight: 2, knockout: false },
  { id: 'support', weight: 2, knockout: false },
  { id: 'capacity', weight: 1, knockout: false },
] as const;

const THEME_FILE = 'agenda/themes/eerste-thema.md';

function settingsFile(plan: InitPlan): string {
  const t = m.init;
  return [
    t.settingsHeader(plan.name),
    `name: ${q(plan.name)}`,
    'agenda:',
    `  title: ${q(plan.agendaTitle)}`,
    `  adopted: ${q(plan.today)}`,
    t.membersNote,
    'members: []',
    '',
  ].join('\n');
}

export function themeFile(): string {
  const t = m.init;
  return ['---', `title: ${q(t.themeTitle)}`, `tagline: ${q(t.themeTagline)}`, 'section: B', 'order: 1', '---', '', t.themeBody].join('\n');
}

function frameworkFile(name: string): string {
  const t = m.init;
  const lines = [t.frameworkHeader(name), 'version: 1', '', 'scale:', '  min: 0', '  max: 3', '  labels:'];
  for (const [value, label] of Object.entries(t.scaleLabels)) lines.push(`    ${value}: ${q(label)}`);
  lines.push('', 'criteria:');
  for (const c of CRITERIA) {
    const [question, help] = t.criteria[c.id];
    lines.push(`  - id: ${c.id}`, `    question: ${q(question)}`, `    help: ${q(help)}`, `    weight: ${c.weight}`);
    if (c.knockout) lines.push('    knockout: true');
    lines.push('');
  }
  lines.push('thresholds:', '  take-up: 65', '  monitor: 40', '');
  return lines.join('\n');
}

/** Text for inside single quotes in a shell script: no quote can end it. */
const shellSafe = (s: string): string => s.replace(/'/g, '’');

/** The GitHub Actions workflow that runs `k80 validate` on every pull request of the new repository. */
function workflowFile(plan: InitPlan): string {
  const t = m.init;
  const s = t.workflowSteps;
  return `${t.workflowComment(plan.name)}
name: ${q(t.workflowName)}

on:
  pull_request:
  push:

permissions:
  contents: read

concurrency:
  group: validate-\${{ github.ref }}
  cancel-in-progress: true

env:
${t.workflowSourceComment}
  K80_SOURCE: ${q(plan.source ?? '')}
  K80_REF: main

jobs:
  validate:
    name: k80 validate
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - name: ${q(s.checkout)}
        uses: actions/checkout@v4
        with:
          fetch-depth: 0
          persist-credentials: false

      - name: ${q(s.node)}
        uses: actions/setup-node@v4
        with:
          node-version: 20

      - name: ${q(s.install)}
        run: |
          if [ -z "$K80_SOURCE" ]; then echo '::error::${shellSafe(t.workflowSourceMissing)}'; exit 1; fi
          git clone --quiet --depth 1 --branch "$K80_REF" -- "$K80_SOURCE" "$RUNNER_TEMP/k80"
          npm ci --prefix "$RUNNER_TEMP/k80"
          npm run build --prefix "$RUNNER_TEMP/k80"

      - name: ${q(s.validate)}
        run: node "$RUNNER_TEMP/k80/bin/k80.js" validate --format github
`;
}

/** Line endings of text files in the new repository: LF in the repository, whatever the checkout does. */
const GITATTRIBUTES = '* text=auto eol=lf\n';

/** Every generated file of the new repository (the schemas are added by the caller). */
export function initFiles(plan: InitPlan): NewFile[] {
  return [
    { path: 'agenda/k80.yaml', text: settingsFile(plan) },
    { path: 'agenda/afwegingskader.yaml', text: frameworkFile(plan.name) },
    { path: THEME_FILE, text: themeFile() },
    { path: '.github/workflows/validate.yml', text: workflowFile(plan) },
    { path: 'CONTRIBUTING.md', text: m.init.contributing(plan.name) },
    { path: '.gitattributes', text: GITATTRIBUTES },
  ];
}
