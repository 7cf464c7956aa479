import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ReportLoadError } from '../errors/report-load-error.ts';
import { messages } from '../messages/index.ts';
import { readTextFile } from './read-text-file.ts';
import type { Manifest } from './types.ts';

/**
 * A report folder's `manifest.json`, or `null` when it has none (format: `docs/claims-format.md`).
 *
 * @param dir - The report folder.
 * @returns The manifest, or `null`.
 * @throws {ReportLoadError} When the file is not JSON, or not an object with a `source` object.
 * @example
 * readManifest(BUNDLED_REPORT_DIR).source.date_given
 * // => '2024-01-31'
 */
export function readManifest(dir: string): Manifest | null {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return null;
  const json = readTextFile(path, 'manifest.json', { within: dir }).replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new ReportLoadError(path, messages.badManifest(dir, String(error)));
  }
  const source = (parsed as { source?: unknown } | null)?.source;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || typeof source !== 'object' || source === null) {
    throw new ReportLoadError(path, messages.badManifestShape(dir));
  }
  return parsed as Manifest;
}
