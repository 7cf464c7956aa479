import { describe, expect, it } from 'vitest';
import { targetVsActualChart } from '../../src/charts/target-vs-actual-chart.ts';
import { renderSvg } from '../../src/render/render-svg.ts';

describe('renderSvg', () => {
  it('renders without touching the spec it was given', async () => {
    const spec = targetVsActualChart({ topic: 'tourism' });
    const before = JSON.stringify(spec);
    const svg = await renderSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(JSON.stringify(spec)).toBe(before);
    const values = (spec as { data: { values: object[] } }).data.values;
    expect(values.every((row) => Object.getOwnPropertySymbols(row).length === 0)).toBe(true);
  });

  it('gives Chinese labels their real width, so the plot starts right of the longest label', async () => {
    // The longest tourism label, 旅游综合收入 / 接待游客人次…, is 6+ characters at 11 px: at least 66 px of label
    // before the plot. Vega's own estimate without a canvas (0.8 em) would leave only 53 px.
    const svg = await renderSvg(targetVsActualChart({ topic: 'tourism' }));
    // The root group is shifted right by the padding (8) plus the label column.
    const translate = /<g fill="none"[^>]*transform="translate\((\d+(?:\.\d+)?),/.exec(svg);
    expect(svg).toContain('旅游综合收入');
    expect(Number(translate?.[1] ?? 0)).toBeGreaterThanOrEqual(8 + 6 * 11);
  });

  it('hands the runtime warnings of Vega to the caller', async () => {
    // a layer filtered to nothing has an empty extent, which Vega warns about
    const spec = {
      data: { values: [{ a: 1 }] },
      layer: [{ mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } },
        { transform: [{ filter: 'datum.a > 5' }], mark: 'tick', encoding: { x: { field: 'a', type: 'quantitative' } } }],
    } as never;
    const warnings: string[] = [];
    await renderSvg(spec, { warnings });
    expect(warnings.join('\n')).toMatch(/Infinite extent/);
  });
});
