import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

/** The folder ranks of docs/architecture.md's "Layers" table. */
function documentedRanks(): Map<string, number> {
  const text = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const ranks = new Map<string, number>();
  for (const match of text.matchAll(/^\| (\d+) \| ([a-z, ]+) \|/gm)) {
    for (const folder of (match[2] ?? '').split(',')) ranks.set(folder.trim(), Number(match[1]));
  }
  return ranks;
}

/** Every import of every file under src/, as [importer, imported] paths relative to src/ (relative imports only). */
function importGraph(): [string, string][] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.ts')) files.push(relative(SRC, join(dir, entry.name)).split('\\').join('/'));
    }
  };
  walk(SRC);
  const edges: [string, string][] = [];
  for (const file of files) {
    // Comments dropped first (a path in a comment is no import); either quote counts.
    const text = readFileSync(join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(['"`])(\.{1,2}\/[^'"`]+)\1/g)) {
      edges.push([file, posix.normalize(posix.join(posix.dirname(file), match[2] ?? ''))]);
    }
  }
  return edges;
}

const folderOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);

/** Sub-folders that are private to their folder: the check engine and the chart house style. */
const PRIVATE = ['checks/engine/', 'charts/house/'];
const isTypes = (file: string): boolean => file.endsWith('/types.ts');

/**
 * The imports that break the layering: a lower layer importing a higher one (or another folder of
 * its own rank), anything but the command importing the command, a types file importing code, a
 * folder missing from the table.
 */
export function layerViolations(edges: readonly [string, string][], ranks: ReadonlyMap<string, number>): string[] {
  const problems: string[] = [];
  for (const [from, to] of edges) {
    const fromFolder = folderOf(from);
    const toFolder = folderOf(to);
    if (toFolder === 'cli' && fromFolder !== 'cli') problems.push(`${from} imports the command (${to})`);
    const privateTo = PRIVATE.find((prefix) => to.startsWith(prefix));
    if (privateTo && !from.startsWith(privateTo.slice(0, privateTo.indexOf('/') + 1))) problems.push(`${from} imports ${to}, private to ${privateTo.slice(0, privateTo.indexOf('/'))}/`);
    if (isTypes(from)) {
      if (!isTypes(to)) problems.push(`${from} is a types file but imports code (${to})`);
      continue;
    }
    if (isTypes(to) || from === 'index.ts') continue;
    const fromRank = ranks.get(fromFolder);
    const toRank = ranks.get(toFolder);
    if (fromRank === undefined) { problems.push(`${from}: folder "${fromFolder}" is not in docs/architecture.md`); continue; }
    if (toRank === undefined) { problems.push(`${to}: folder "${toFolder}" is not in docs/architecture.md`); continue; }
    if (toRank > fromRank) problems.push(`${from} (${fromFolder}, rank ${fromRank}) imports ${to} (${toFolder}, rank ${toRank}), a higher layer`);
    else if (toRank === fromRank && toFolder !== fromFolder) problems.push(`${from} (${fromFolder}) imports ${to} (${toFolder}), a sibling layer of the same rank`);
  }
  return problems;
}

describe('the layers of src/', () => {
  const ranks = documentedRanks();
  const edges = importGraph();

  it('reads the layers from docs/architecture.md, and every folder of src/ is in it', () => {
    expect(ranks.get('messages')).toBe(1);
    expect(ranks.get('cli')).toBe(Math.max(...ranks.values()));
    const folders = new Set(readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
    expect([...folders].sort()).toEqual([...ranks.keys()].sort());
    expect(edges.length).toBeGreaterThan(300);
  });

  it('no folder imports a higher layer, and only the command imports the command', () => {
    expect(layerViolations(edges, ranks)).toEqual([]);
  });

  it('catches a deliberately wrong import', () => {
    const wrong: [string, string][] = [
      ['quantity/parse.ts', 'checks/run-checks.ts'],
      ['text/format-value.ts', 'report/fig.ts'],
      ['views/actuals.ts', 'extract/extract-claims.ts'],
      ['publish/story-html.ts', 'cli/main.ts'],
      ['report/types.ts', 'report/fig.ts'],
      ['publish/story-html.ts', 'checks/engine/build-result.ts'],
    ];
    expect(layerViolations(wrong, ranks)).toEqual([
      'quantity/parse.ts (quantity, rank 3) imports checks/run-checks.ts (checks, rank 8), a higher layer',
      'text/format-value.ts (text, rank 4) imports report/fig.ts (report, rank 5), a higher layer',
      'views/actuals.ts (views) imports extract/extract-claims.ts (extract), a sibling layer of the same rank',
      'publish/story-html.ts imports the command (cli/main.ts)',
      'publish/story-html.ts (publish, rank 10) imports cli/main.ts (cli, rank 12), a higher layer',
      'report/types.ts is a types file but imports code (report/fig.ts)',
      'publish/story-html.ts imports checks/engine/build-result.ts, private to checks/',
    ]);
  });
});
