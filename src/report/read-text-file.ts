import { readFileSync, statSync } from 'node:fs';
import { ReportLoadError } from '../errors/report-load-error.ts';
import { messages } from '../messages/index.ts';

/**
 * Reads a UTF-8 text file, or says plainly why not: a missing path, a folder, or a file that
 * cannot be read each give a `ReportLoadError` that names the path and what was expected (never
 * a bare ENOENT or EISDIR).
 *
 * @param path - The file.
 * @param what - What the file should be, for the message (e.g. "report text").
 * @returns The text.
 * @throws {ReportLoadError} When the path is missing, is a folder, or cannot be read.
 * @example
 * readTextFile('/nonexistent/report.txt', 'report text')
 * // => throws ReportLoadError
 */
export function readTextFile(path: string, what: string): string {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReportLoadError(path, messages.fileMissing(path, what, process.cwd()));
    throw new ReportLoadError(path, messages.fileUnreadable(path, what, (error as Error).message));
  }
  if (isFolder) throw new ReportLoadError(path, messages.fileIsFolder(path, what));
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ReportLoadError(path, messages.fileUnreadable(path, what, (error as Error).message));
  }
}
