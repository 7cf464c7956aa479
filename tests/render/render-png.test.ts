import { describe, expect, it } from 'vitest';
import { checkChart } from '../../src/charts/check-chart.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';

const catalogue = bundledReport().catalogue;
import { runCheck } from '../../src/checks/run-check.ts';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { findCjkFont } from '../../src/render/find-cjk-font.ts';
import { renderPng } from '../../src/render/render-png.ts';
import { skipWithoutCjkFont } from '../support/system.ts';

const spec = checkChart(runCheck(catalogue[0]!));

describe.skipIf(skipWithoutCjkFont())('renderPng with a CJK font', () => {
  it('finds the CJK font .ci/run installs', () => {
    expect(findCjkFont()?.family).toBe('Noto Sans CJK SC');
  });

  it('renders a PNG at twice the SVG size', async () => {
    const png = await renderPng(spec);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer, png.byteOffset);
    // IHDR width and height, in pixels: the SVG's 420-odd px wide chart at scale 2
    expect(view.getUint32(16)).toBeGreaterThan(800);
    expect(view.getUint32(20)).toBeGreaterThan(200);
  });

});

describe('renderPng without a font', () => {
  it('names the fix when no CJK font is there', async () => {
    await expect(renderPng(spec, { font: { file: '/nowhere/font.ttc', family: 'x' } })).rejects.toThrow(/does not exist/);
    const error = await renderPng(spec, { font: { file: '/nowhere/font.ttc', family: 'x' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FactcheckError);
    expect((error as FactcheckError).code).toBe('FONT_FILE');
    const none = await renderPng(spec, { fontPlaces: [] }).catch((caught: unknown) => caught);
    expect((none as FactcheckError).code).toBe('NO_CJK_FONT');
    expect((none as Error).message).toMatch(/apt-get install fonts-noto-cjk.*WULONG_CJK_FONT/s);
  });
});
