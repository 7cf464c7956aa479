import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ReportLoadError } from '../errors/report-load-error.ts';
import { messages } from '../messages/index.ts';

/** One report of a corpus folder: its name, and where its text (and claims, if any) are. */
export interface CorpusEntry {
  /** The report's name in the corpus tables: the file name without `.txt`, or the folder's name. */
  name: string;
  /** A report folder (report.txt, maybe claims.csv…), or a text file. */
  path: string;
  /** `folder` for a report folder, `text` for a lone text file. */
  shape: 'folder' | 'text';
  /** Whether the folder has a claims.csv (reviewed claims to load) rather than a text to draft. */
  claims: boolean;
}

/**
 * The reports of a corpus folder, in name order: every `*.txt` file directly in it (one report
 * each) and every folder in it with a `report.txt` (a report folder, with its claims.csv and
 * manifest.json where present). Anything else is left alone.
 *
 * @param dir - The corpus folder.
 * @returns Its reports.
 * @throws {ReportLoadError} When the folder does not exist or holds no report.
 * @example
 * findReports(BUNDLED_REPORT_DIR + '/..').map((entry) => [entry.name, entry.shape, entry.claims])
 * // => [['wulong-2024', 'folder', true]]
 */
export function findReports(dir: string): CorpusEntry[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ReportLoadError(dir, messages.corpusNotAFolder(dir));
  const entries: CorpusEntry[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isFile() && name.endsWith('.txt')) entries.push({ name: basename(name, '.txt'), path, shape: 'text', claims: false });
    else if (stat.isDirectory() && existsSync(join(path, 'report.txt'))) entries.push({ name, path, shape: 'folder', claims: existsSync(join(path, 'claims.csv')) });
  }
  if (entries.length === 0) throw new ReportLoadError(dir, messages.corpusEmpty(dir));
  // A text and a folder of one name (x.txt, x/) are two reports: the text keeps its extension.
  const folders = new Set(entries.filter((entry) => entry.shape === 'folder').map((entry) => entry.name));
  return entries.map((entry) => (entry.shape === 'text' && folders.has(entry.name) ? { ...entry, name: `${entry.name}.txt` } : entry));
}
