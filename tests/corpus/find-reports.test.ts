import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReports } from '../../src/corpus/find-reports.ts';
import { BUNDLED_REPORT_DIR } from '../../src/report/bundled-report.ts';

describe('findReports', () => {
  it('takes each text file and each folder with a report.txt, in name order, and leaves anything else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'find-'));
    writeFileSync(join(dir, 'b-bulletin.txt'), '增长5%。');
    cpSync(BUNDLED_REPORT_DIR, join(dir, 'a-wulong'), { recursive: true });
    mkdirSync(join(dir, 'c-draft'));
    writeFileSync(join(dir, 'c-draft', 'report.txt'), '增长5%。');
    mkdirSync(join(dir, 'd-empty'));
    writeFileSync(join(dir, 'notes.md'), '#');
    expect(findReports(dir).map((entry) => [entry.name, entry.shape, entry.claims])).toEqual([
      ['a-wulong', 'folder', true], ['b-bulletin', 'text', false], ['c-draft', 'folder', false],
    ]);
  });

  it('keeps a text and a folder of one name apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'twins-'));
    writeFileSync(join(dir, 'x.txt'), '增长5%。');
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'report.txt'), '增长6%。');
    expect(findReports(dir).map((entry) => entry.name)).toEqual(['x', 'x.txt']);
  });

  it('says what a corpus folder is when it is missing or holds no report', () => {
    expect(() => findReports('/nonexistent/corpus')).toThrow(/There is no corpus folder at "\/nonexistent\/corpus"\. Give a folder of reports/);
    expect(() => findReports(mkdtempSync(join(tmpdir(), 'empty-')))).toThrow(/holds no report: no \.txt file and no folder with a report\.txt/);
  });
});
