/**
 * No import cycle in src/, not even through `import type`: a newcomer can read the modules bottom-up, and a
 * cycle cannot make a module see another half-initialised. Walks the relative imports (and re-exports) of
 * every source file and reports each cycle it finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/repo.js';

const SRC = join(PROJECT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** The relative modules a file imports or re-exports, static or dynamic, type-only included, as absolute .ts paths. */
export function importsOf(file: string, text: string): string[] {
  const out = new Set<string>();
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) out.add(resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts')));
  return [...out];
}

/** Every cycle of the graph, each once, as a list of modules ending where it started. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...cycle.slice(0, -1)].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          found.push(cycle);
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('imports of src/', () => {
  it('finds a cycle when there is one (the walker itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(importsOf('/x/src/a.ts', "import type { T } from './t.js';\nexport { u } from '../u.js';\nconst l = await import('./lazy.js');\nimport './side.js';\nimport { z } from 'zod';"))
      .toEqual(['/x/src/t.ts', '/x/u.ts', '/x/src/lazy.ts', '/x/src/side.ts']);
  });

  it('have no cycle, not even of types', () => {
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles(SRC)) graph.set(file, importsOf(file, readFileSync(file, 'utf8')));
    const found = cycles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' → '));
    expect(found).toEqual([]);
  });
});
