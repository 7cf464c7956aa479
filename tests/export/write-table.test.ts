import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTable } from '../../src/export/write-table.ts';
import { byTopic } from '../../src/views/by-topic.ts';

describe('writeTable', () => {
  it('picks the format from the extension and creates folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wulong-write-'));
    try {
      expect(writeTable(byTopic('tourism'), join(dir, 'a', 'tourism.csv'))).toBe('csv');
      expect(readFileSync(join(dir, 'a', 'tourism.csv'), 'utf8').split('\n')[0]).toBe('id,indicator,indicator_en,surface,number,unit,amount,low,high,qualifier,kind,year,status,topic,section,counterpart');
      expect(writeTable(byTopic('tourism'), join(dir, 'tourism.arrow'))).toBe('arrow');
      expect(() => writeTable(byTopic('tourism'), join(dir, 'tourism.xlsx'))).toThrow(/\.xlsx/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
