import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { ReportLoadError } from '../errors/report-load-error.ts';
import { messages } from '../messages/index.ts';

/** Options of `readTextFile`. */
export interface ReadTextFileOptions {
  /** A folder the file must really lie in, links resolved (a report folder). Default: anywhere. */
  within?: string;
  /** The largest file read, in bytes. Default 256 MiB, far beyond any report. */
  maxBytes?: number;
}

const DEFAULTS = { maxBytes: 256 * 2 ** 20 };

/**
 * Reads a UTF-8 text file, or says plainly why not, naming the path and what was expected (never
 * a bare ENOENT or EISDIR): a missing path, a folder, something that is not a regular file (a
 * device such as /dev/zero, a named pipe: never opened, so nothing hangs or fills memory), a file
 * larger than `maxBytes`, a link leading outside `within`, or a file that cannot be read.
 *
 * @param path - The file.
 * @param what - What the file should be, for the message (e.g. "report text").
 * @param options - See `ReadTextFileOptions`.
 * @returns The text.
 * @throws {ReportLoadError} When the file cannot be read as said above.
 * @example
 * readTextFile('/nonexistent/report.txt', 'report text')
 * // => throws ReportLoadError
 * readTextFile('/dev/zero', 'report text')
 * // => throws ReportLoadError
 */
export function readTextFile(path: string, what: string, options: ReadTextFileOptions = {}): string {
  const { within, maxBytes } = { ...DEFAULTS, ...options };
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReportLoadError(path, messages.fileMissing(path, what, process.cwd()));
    throw new ReportLoadError(path, messages.fileUnreadable(path, what, (error as Error).message));
  }
  if (stat.isDirectory()) throw new ReportLoadError(path, messages.fileIsFolder(path, what));
  if (!stat.isFile()) throw new ReportLoadError(path, messages.fileNotRegular(path, what));
  if (stat.size > maxBytes) throw new ReportLoadError(path, messages.fileTooLarge(path, what, stat.size, maxBytes));
  if (within !== undefined) {
    const real = realpathSync(path);
    const folder = realpathSync(within);
    if (real !== folder && !real.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`)) {
      throw new ReportLoadError(path, messages.fileOutsideFolder(path, what, within));
    }
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ReportLoadError(path, messages.fileUnreadable(path, what, (error as Error).message));
  }
  try {
    // ignoreBOM keeps a byte-order mark in the text, as it is in the file: claim offsets count it.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ReportLoadError(path, messages.fileNotUtf8(path, what, looksLikeGbk(bytes)));
  }
}

/** Whether bytes that are not UTF-8 read as Chinese in GB18030 (GBK), the usual encoding of Chinese text that is not UTF-8. */
function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}
