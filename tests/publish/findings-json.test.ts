import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.ts';
import { findingsJson } from '../../src/publish/findings-json.ts';

describe('findingsJson', () => {
  const parsed = JSON.parse(findingsJson(runChecks())) as Record<string, unknown>[];
  it('has every field the main job promises, for every result', () => {
    for (const row of parsed) {
      for (const key of ['check', 'family', 'verdict', 'severity', 'claims', 'recomputed', 'reported', 'gap', 'explanation_zh', 'explanation_en']) {
        expect(row, String(row.check)).toHaveProperty(key);
      }
    }
  });
  it('writes open ends as null, since JSON has no Infinity', () => {
    const imports = parsed.find((row) => row.check === 'imports_exports_target_2024');
    expect(imports?.reported).toEqual({ low: 9.5, high: null });
    expect(findingsJson(runChecks())).not.toMatch(/Infinity|NaN/);
  });
});
