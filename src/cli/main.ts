import { existsSync, readFileSync } from 'node:fs';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import { terminalSafe } from '../text/terminal-safe.ts';
import { runCheckCommand, type CheckCommandOptions } from './run-check-command.ts';
import { runExtractCommand } from './run-extract-command.ts';
import { runCorpusCommand } from './run-corpus-command.ts';

class UsageError extends Error {}

/** Reads a year option's value (four digits), or says what to type. */
function yearAfter(args: readonly string[], i: number): number {
  const text = valueAfter(args, i);
  if (!/^\d{4}$/.test(text)) throw new UsageError(messages.yearNotAYear(text, String(args[i])));
  return Number(text);
}

/** A date option's value (YYYY-MM-DD), or says what to type. */
function dateAfter(args: readonly string[], i: number): string {
  const text = valueAfter(args, i);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) throw new UsageError(messages.dateNotADate(text, String(args[i])));
  return text;
}

/** The source options of `check` (--title …), by option and by name in `CheckCommandOptions`. */
const SOURCE_OPTIONS = { '--title': 'title', '--publisher': 'publisher', '--url': 'url', '--speaker': 'speaker' } as const;

/** Reads the value after an option, or says which option lacks one. */
function valueAfter(args: readonly string[], i: number): string {
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(messages.optionNeedsValue(String(args[i])));
  return value;
}

/** The package's version, from its package.json (beside dist/ when built, two folders up from the sources). */
function version(): string {
  for (const place of ['../package.json', '../../package.json']) {
    const url = new URL(place, import.meta.url);
    if (existsSync(url)) return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

const HELP = new Set(['--help', '-h']);

/**
 * The command line (`npx wulong-factcheck`, `npm start`):
 * - `[check] [--report DIR] [--json] [--out DIR] [--summary] [--verbose]`: the full fact-check (the bundled report by default);
 * - `extract <report.txt> [--out FILE] [--force] [--review-year N] [--plan-year N]`: a draft claims CSV of a report's text;
 * - `corpus <DIR> [--out DIR]`: every report of a folder into one claims and one findings table;
 * - `help [command]`, `--help`, `--version`.
 * A mistake in the options exits with status 2 and a line saying what to type.
 */
async function main(args: readonly string[]): Promise<string> {
  if (args[0] === '--version' || args[0] === '-v') return `${version()}\n`;
  if (args[0] === 'help') {
    const topic = args[1];
    if (topic === undefined) return messages.helpMain(version());
    if (topic === 'check') return messages.helpCheck();
    if (topic === 'extract') return messages.helpExtract();
    if (topic === 'corpus') return messages.helpCorpus();
    throw new UsageError(messages.unknownCommand(topic));
  }
  if (args.length > 0 && HELP.has(String(args[0]))) return messages.helpMain(version());
  const first = args[0];
  const COMMANDS = ['check', 'extract', 'corpus'];
  if (first !== undefined && !first.startsWith('-') && !COMMANDS.includes(first)) throw new UsageError(messages.unknownCommand(first));
  const [command, ...rest] = first !== undefined && COMMANDS.includes(first) ? [first, ...args.slice(1)] : ['check', ...args];
  if (rest.some((arg) => HELP.has(arg))) return command === 'extract' ? messages.helpExtract() : command === 'corpus' ? messages.helpCorpus() : messages.helpCheck();
  if (command === 'corpus') {
    const folders: string[] = [];
    let out: string | undefined;
    for (let i = 0; i < rest.length; i += 1) {
      if (rest[i] === '--out') out = valueAfter(rest, i++);
      else if (!String(rest[i]).startsWith('--')) folders.push(String(rest[i]));
      else throw new UsageError(messages.unknownOption(String(rest[i])));
    }
    if (folders.length !== 1) throw new UsageError(messages.corpusNeedsFolder(folders.length));
    // The bar goes to stderr, on a terminal only: stdout stays the summary, for a pipe or a file.
    return runCorpusCommand(folders[0] as string, { ...(out === undefined ? {} : { out }), ...(process.stderr.isTTY ? { progress: process.stderr } : {}) });
  }
  if (command === 'extract') {
    const files: string[] = [];
    const options: { out?: string; reviewYear?: number; planYear?: number; force?: boolean } = {};
    for (let i = 0; i < rest.length; i += 1) {
      if (rest[i] === '--out') options.out = valueAfter(rest, i++);
      else if (rest[i] === '--force') options.force = true;
      else if (rest[i] === '--review-year') options.reviewYear = yearAfter(rest, i++);
      else if (rest[i] === '--plan-year') options.planYear = yearAfter(rest, i++);
      else if (!String(rest[i]).startsWith('--')) files.push(String(rest[i]));
      else throw new UsageError(messages.unknownOption(String(rest[i])));
    }
    if (files.length !== 1) throw new UsageError(messages.extractNeedsFile(files.length));
    const csv = await runExtractCommand(files[0] as string, options);
    // CSV for a file or a pipe stays as the text has it; on a terminal, the report's text must not drive it.
    return process.stdout.isTTY ? terminalSafe(csv) : csv;
  }
  const options: CheckCommandOptions = {};
  for (let i = 0; i < rest.length; i += 1) {
    const option = String(rest[i]);
    if (option in SOURCE_OPTIONS) options[SOURCE_OPTIONS[option as keyof typeof SOURCE_OPTIONS]] = valueAfter(rest, i++);
    else if (option === '--given') options.given = dateAfter(rest, i++);
    else if (option === '--published') options.published = dateAfter(rest, i++);
    else if (option === '--review-year') options.reviewYear = yearAfter(rest, i++);
    else if (option === '--plan-year') options.planYear = yearAfter(rest, i++);
    else if (rest[i] === '--json') options.json = true;
    else if (rest[i] === '--summary') options.summary = true;
    else if (rest[i] === '--verbose') options.verbose = true;
    else if (rest[i] === '--out') options.out = valueAfter(rest, i++);
    else if (rest[i] === '--report') options.report = valueAfter(rest, i++);
    else throw new UsageError(messages.unknownOption(String(rest[i])));
  }
  return runCheckCommand(options);
}

// A reader that stops early (`| head`) closes the pipe; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => { if (error.code !== 'EPIPE') throw error; });
try {
  process.stdout.write(await main(process.argv.slice(2)));
} catch (error) {
  // The library's errors and usage mistakes say what to do; anything else is a bug, shown with its stack.
  const known = error instanceof UsageError || error instanceof FactcheckError;
  process.stderr.write(`${terminalSafe(known ? (error as Error).message : (error as Error).stack ?? String(error))}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
