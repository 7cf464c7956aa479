import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { manifestFromText } from '../../src/report/manifest-from-text.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/reports/${name}/report.txt`, import.meta.url), 'utf8');

describe('manifestFromText', () => {
  it('reads title, place and dates from the text, and says it was read, not written', () => {
    const manifest = manifestFromText(bundledReport().text);
    expect(manifest.source).toEqual({
      title: '重庆市武隆区人民政府工作报告', publisher: '重庆市武隆区', url: '', date_given: '2024-01-31', date_published: '2024-02-23', speaker: '',
    });
    expect(manifest.dataset).toBe('重庆市武隆区-2023');
    expect(manifest.description).toBe("Read from the report's text (not written by a person): a government work report, its years read from its headings. Check the title, place and dates.");
    expect(manifest.years).toBeUndefined();
  });

  it('takes what is given over what is read, and keeps given years in the manifest', () => {
    const manifest = manifestFromText(fixture('work-report'), { title: 'T', publisher: 'P', given: '2025-01-16', published: '2025-01-20', url: 'https://example.org/r', speaker: 'S', planYear: 2026 });
    expect(manifest.source).toEqual({ title: 'T', publisher: 'P', url: 'https://example.org/r', date_given: '2025-01-16', date_published: '2025-01-20', speaker: 'S' });
    expect(manifest.years).toEqual({ review: 2025, plan: 2026 });
  });

  it('leaves empty what the text does not say', () => {
    expect(manifestFromText('增长5%。').source).toEqual({ title: '增长5%。', publisher: '', url: '', date_given: '', date_published: '', speaker: '' });
    expect(manifestFromText('增长5%。').dataset).toBe('report');
  });
});
