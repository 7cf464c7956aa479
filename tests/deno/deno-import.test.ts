import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const deno = fileURLToPath(new URL('../../node_modules/.bin/deno', import.meta.url));

describe('Deno', () => {
  it('imports the library from source without network', () => {
    const out = execFileSync(deno, ['run', '--no-remote', '--no-config', '--node-modules-dir=manual', '--allow-read', '--allow-env', '--allow-sys', 'tests/deno/import-smoke.ts'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    });
    expect(JSON.parse(out.trim())).toEqual({ rows: 380, gdp: 27346000000, targets: 190 });
  });
});
