import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import * as library from '../../src/index.ts';
import * as checkCommand from '../../src/cli/run-check-command.ts';
import * as extractCommand from '../../src/cli/run-extract-command.ts';
import * as corpusCommand from '../../src/cli/run-corpus-command.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

interface Example { file: string; line: number; code: string }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []);
}

/** The `@example` blocks of a file's TSDoc comments, with the line each starts on. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = comment[0].split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\*\/\s*$/, ''));
    const at = lines.findIndex((line) => line.startsWith('@example'));
    if (at < 0) continue;
    const rest = lines.slice(at + 1);
    const end = rest.findIndex((line) => line.startsWith('@'));
    const startLine = text.slice(0, comment.index).split('\n').length + at + 1;
    examples.push({ file: relative(SRC, file), line: startLine, code: (end < 0 ? rest : rest.slice(0, end)).join('\n') });
  }
  return examples;
}

/** Turns `expr` + `// => result` pairs into assertions; `// => throws Name` expects that error. */
function compile(code: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  for (const line of code.split('\n')) {
    const expectation = /^\s*\/\/ => (.*)$/.exec(line);
    if (!expectation) {
      if (line.trim() !== '') pending.push(line);
      continue;
    }
    const expression = pending.pop();
    if (expression === undefined) throw new Error(`"// =>" without an expression before it:\n${code}`);
    out.push(...pending);
    pending = [];
    const expected = (expectation[1] ?? '').trim();
    const thrown = /^throws (\w+)$/.exec(expected);
    out.push(thrown
      ? `__throws(() => (${expression.replace(/;$/, '')}), ${JSON.stringify(thrown[1])}, ${JSON.stringify(expression)});`
      : `__equal(await (${expression.replace(/;$/, '')}), (${expected}), ${JSON.stringify(expression)});`);
  }
  out.push(...pending);
  return out.join('\n');
}

/** The modules the barrel re-exports: their exported functions are the public API and need examples; the rest are private helpers. */
const publicFiles = [...readFileSync(join(SRC, 'index.ts'), 'utf8').matchAll(/from '\.\/([^']+\.ts)'/g)]
  .map((match) => join(SRC, match[1] ?? ''))
  .filter((file, index, all) => all.indexOf(file) === index);

const examples = sourceFiles(SRC).flatMap(examplesOf);
// The command's functions are not library API, but their examples run too, with them in scope; so
// are the few Node helpers an example needs for files (a temporary folder, reading a file back).
const scope = { ...library, ...checkCommand, ...extractCommand, ...corpusCommand, aq, mkdtempSync, readFileSync, join, tmpdir };
const names = Object.keys(scope);
const values = Object.values(scope);
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

function equal(actual: unknown, expected: unknown, expression: string) {
  expect(actual, expression).toEqual(expected);
}

function throws(run: () => unknown, name: string, expression: string) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `${expression} should throw ${name}`).toBeInstanceOf(Error);
  expect((caught as Error).name, expression).toBe(name);
  expect((caught as Error).message.length, expression).toBeGreaterThan(20);
}

describe('TSDoc @example blocks', () => {
  it('exist for every function of the public API (every module the barrel re-exports)', () => {
    const missing: string[] = [];
    for (const file of publicFiles) {
      const text = readFileSync(file, 'utf8');
      const seen = new Set<string>();
      for (const match of text.matchAll(/export function (\w+)/g)) {
        // Only what the barrel exports is public: an inner function (`_multiplyIntervals`) beside its public one is not.
        if (seen.has(match[1] ?? '') || !((match[1] ?? '') in library)) continue;
        seen.add(match[1] ?? '');
        const before = text.slice(0, match.index);
        const doc = before.slice(before.lastIndexOf('/**'));
        if (!doc.includes('@example') || doc.includes('\nexport function')) missing.push(`${relative(SRC, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line} runs and gives what it says`, async () => {
      const run = new AsyncFunction(...names, '__equal', '__throws', compile(example.code));
      await run(...values, equal, throws);
    });
  }
});
