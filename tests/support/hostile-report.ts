import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_REPORT_DIR } from '../../src/report/bundled-report.ts';
import { loadReport } from '../../src/report/load-report.ts';
import type { Report } from '../../src/report/types.ts';

/** Markup a hostile report carries: each would set window.__pwned if it ever ran. */
export const HOSTILE = {
  title: '<script>window.__pwned = "title"</script>武隆',
  publisher: '<img src=x onerror="window.__pwned = \'publisher\'">',
  url: 'javascript:window.__pwned = "url"',
  indicator: '<img src=x onerror="window.__pwned = \'indicator\'">进出口总额</script><script>window.__pwned = "break-out"</script>',
  indicatorEn: '</script><svg onload="window.__pwned = \'svg\'"> imports',
} as const;

const csvCell = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * A copy of the bundled report whose manifest and claims carry markup in every text field the
 * story page shows: the title, the publisher, the URL, and the names of a claim that a
 * contradiction quotes (the 2024 import/export target).
 */
export function hostileReport(): Report {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-report-'));
  cpSync(BUNDLED_REPORT_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.source.title = HOSTILE.title;
  manifest.source.title_en = HOSTILE.title;
  manifest.source.publisher = HOSTILE.publisher;
  manifest.source.url = HOSTILE.url;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const claimsPath = join(dir, 'claims.csv');
  const claims = readFileSync(claimsPath, 'utf8').replace(
    ',进出口总额,total imports and exports,trade_opening,2.7,',
    `,${csvCell(HOSTILE.indicator)},${csvCell(HOSTILE.indicatorEn)},trade_opening,2.7,`,
  );
  writeFileSync(claimsPath, claims);
  return loadReport(dir);
}
