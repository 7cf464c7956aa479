import { describe, expect, it } from 'vitest';
import { targetVsActualChart } from '../../src/charts/target-vs-actual-chart.ts';
import { chart, VEGA_LITE_MIME } from '../../src/notebook/chart.ts';
import { skipWithoutCjkFont } from '../support/system.ts';

describe('chart', () => {
  it('displays as a Vega-Lite spec with a static SVG and a text title', async () => {
    const spec = targetVsActualChart({ topic: 'tourism' });
    const shown = (await chart(spec)) as unknown as { [key: symbol]: () => Record<string, unknown> };
    // synchronous: the SVG was rendered when the chart was made
    const bundle = shown[Symbol.for('Jupyter.display')]!();
    expect(bundle).not.toBeInstanceOf(Promise);
    expect(VEGA_LITE_MIME).toBe('application/vnd.vegalite.v5+json');
    expect(bundle[VEGA_LITE_MIME]).toBe(spec);
    expect(String(bundle['image/svg+xml'])).toMatch(/^<svg[\s\S]*旅游综合收入/);
    expect(bundle['text/plain']).toBe('2024年目标与2023年实绩\n2024 targets against 2023 results (2023 = 100)\n来源 Source: 重庆市武隆区人民政府工作报告\n(given 2024-01-31; published 2024-02-23)');
  });

  it('renders to SVG on request', async () => {
    expect((await (await chart(targetVsActualChart({ topic: 'tourism' }))).svg()).startsWith('<svg')).toBe(true);
  });

  it.skipIf(skipWithoutCjkFont())('renders to PNG on request', async () => {
    const shown = await chart(targetVsActualChart({ topic: 'tourism' }));
    expect([...(await shown.png({ scale: 1 })).subarray(1, 4)]).toEqual([80, 78, 71]);
  });
});
