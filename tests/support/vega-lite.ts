import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { TopLevelSpec } from 'vega-lite';
import { expect } from 'vitest';
import { compileChart } from '../../src/render/compile-chart.ts';
import { renderSvg } from '../../src/render/render-svg.ts';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/build/vega-lite-schema.json'), 'utf8'));
const validate = new Ajv({ allowUnionTypes: true, strict: false }).compile(schema);

/**
 * The bar every chart builder must clear: the spec is valid against the Vega-Lite JSON schema,
 * compiles with zero warnings, renders to an SVG with marks in it, and keeps the house style
 * (the source line in its subtitle, the CJK font in its config).
 */
export async function expectPublishableChart(spec: TopLevelSpec): Promise<string> {
  const valid = validate(spec);
  expect(validate.errors ?? [], 'schema errors').toEqual([]);
  expect(valid).toBe(true);
  expect(compileChart(spec).warnings).toEqual([]);
  const title = (spec as { title: { subtitle: string[] } }).title;
  // the source line, on two lines on a phone-width chart: the title, then the dates
  expect(title.subtitle.slice(-2)).toEqual(['来源 Source: 重庆市武隆区人民政府工作报告', '(given 2024-01-31; published 2024-02-23)']);
  expect(String((spec as { config: { font: string } }).config.font)).toMatch(/Noto Sans CJK SC/);
  const warnings: string[] = [];
  const svg = await renderSvg(spec, { warnings });
  expect(warnings, 'Vega warnings while rendering').toEqual([]);
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('来源 Source');
  expect(svg).toMatch(/<path|<line|<rect/);
  return svg;
}

/** The rows a spec draws (its inline data). */
export const valuesOf = (spec: TopLevelSpec): Record<string, unknown>[] => (spec as { data: { values: Record<string, unknown>[] } }).data.values;
