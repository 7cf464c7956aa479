import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/checks/catalogue.ts';
import { runCheck } from '../../src/checks/run-check.ts';
import { FAMILIES } from '../../src/checks/types.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';

const SPEC_KEYS = new Set([
  'check', 'family', 'why', 'scopeDiffers', 'reading', 'rate', 'from', 'to', 'target', 'base', 'level', 'factors', 'total',
  'parts', 'relation', 'allowUnits', 'subgroup', 'share', 'whole', 'part', 'actual', 'first', 'second', 'figure', 'figures', 'components',
]);

describe('CATALOGUE', () => {
  it('names each check once, with a reason, in a known family', () => {
    const ids = CATALOGUE.map((spec) => spec.check);
    expect(new Set(ids).size).toBe(ids.length);
    for (const spec of CATALOGUE) {
      expect(FAMILIES).toContain(spec.family);
      expect(spec.why.length).toBeGreaterThan(30);
    }
  });

  it('holds inputs only: no verdict, gap or result is written into it', () => {
    for (const spec of CATALOGUE) for (const key of Object.keys(spec)) expect(SPEC_KEYS.has(key), `${spec.check}.${key}`).toBe(true);
  });

  it('runs on the bundled report: every claim it names exists and is a quantity', () => {
    for (const spec of CATALOGUE) expect(runCheck(spec, bundledReport()).check).toBe(spec.check);
  });
});
