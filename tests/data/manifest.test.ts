import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/report/types.ts';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('data manifests', () => {
  const datasets = readdirSync(DATA).filter((name) => statSync(join(DATA, name)).isDirectory());

  it('exist for every dataset folder', () => {
    expect(datasets.length).toBeGreaterThan(0);
    for (const dataset of datasets) expect(files(join(DATA, dataset)).map((path) => relative(join(DATA, dataset), path))).toContain('manifest.json');
  });

  for (const dataset of datasets) {
    it(`list every file of ${dataset} with its source`, () => {
      const manifest = JSON.parse(readFileSync(join(DATA, dataset, 'manifest.json'), 'utf8')) as Manifest;
      const onDisk = files(join(DATA, dataset)).map((path) => relative(join(DATA, dataset), path)).filter((path) => path !== 'manifest.json').sort();
      expect(manifest.files.map((file) => file.path).sort()).toEqual(onDisk);
      for (const key of ['title', 'publisher', 'url', 'date_given', 'date_published', 'speaker'] as const) {
        expect(manifest.source[key], key).toMatch(/\S/);
      }
      expect(manifest.source.date_given).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(manifest.source.date_published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const file of manifest.files) {
        expect(file.description, file.path).toMatch(/\S/);
        expect(['source', ...manifest.files.map((other) => other.path)]).toContain(file.derived_from);
      }
    });
  }

  it('name the bundled report as published', () => {
    const manifest = JSON.parse(readFileSync(join(DATA, 'wulong-2024', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.source.url).toBe('http://www.cqwulong.cn/Content/2024-02/23/content_10650739.htm');
    expect(manifest.source.date_given).toBe('2024-01-31');
    expect(manifest.source.date_published).toBe('2024-02-23');
  });
});
