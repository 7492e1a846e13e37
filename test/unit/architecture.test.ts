// The shape the brief asks of lib/: no import cycles, and no extension APIs or page globals (lib/ is pure: text,
// blocks or a Document in, plain data out). Read from the sources, so a change that breaks either fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const files = sources('lib');
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/** Runtime imports (not `import type`) of a module, resolved to files of lib/. */
function imports(file: string): string[] {
  const out: string[] = [];
  for (const m of (text.get(file) ?? '').matchAll(/^(import|export)(?!\s+type\b)[^;]*?from\s+['"](\.[^'"]+)['"]/gm)) {
    const base = join(dirname(file), m[2]!);
    const hit = [`${base}.ts`, join(base, 'index.ts')].find((c) => text.has(c));
    if (hit) out.push(hit);
  }
  return out;
}

/** Every import cycle among lib/'s modules, as a path. */
function importCycles(): string[] {
  const state = new Map<string, 1 | 2>();
  const cycles: string[] = [];
  const visit = (n: string, stack: string[]) => {
    state.set(n, 1);
    stack.push(n);
    for (const d of imports(n)) {
      if (state.get(d) === 1) cycles.push([...stack.slice(stack.indexOf(d)), d].join(' -> '));
      else if (!state.has(d)) visit(d, stack);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const f of files) if (!state.has(f)) visit(f, []);
  return cycles;
}

describe('lib/', () => {
  it('has no import cycles', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importCycles()).toEqual([]);
  });

  it('uses no extension API and no page global', () => {
    const code = (f: string) => (text.get(f) ?? '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const impure = files.filter((f) => /\b(?:chrome|browser)\.(?:runtime|tabs|storage|scripting|action)\b|from ['"]wxt|\bwindow\.|\bdocument\.(?:body|querySelector|getElementById)/.test(code(f)));
    expect(impure).toEqual([]);
  });
});
