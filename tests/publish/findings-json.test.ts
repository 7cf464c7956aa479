import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.ts';
import { findingsJson } from '../../src/publish/findings-json.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';

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
  it('places every claim of every result in the report text, and gives each result its story and category', () => {
    const text = bundledReport().text;
    for (const row of parsed as unknown as { check: string; claims: string[]; quotes: { id: string; start: number; end: number; surface: string }[]; cluster: number | null; category: string }[]) {
      expect(row.quotes.map((quote) => quote.id), row.check).toEqual(row.claims);
      for (const quote of row.quotes) expect(text.slice(quote.start, quote.end), `${row.check} ${quote.id}`).toBe(quote.surface);
      expect(['arithmetic', 'repetition', 'plan']).toContain(row.category);
      expect(row.cluster === null || Number.isInteger(row.cluster)).toBe(true);
    }
    const tourism = parsed.filter((row) => row.cluster === 1).map((row) => row.check);
    expect(tourism).toEqual(expect.arrayContaining(['tourism_revenue_growth_2024', 'tourism_revenue_identity_2023', 'tourism_revenue_identity_2024']));
  });
});
