import { messages } from '../messages/index.ts';
import { runCheckCommand } from './run-check-command.ts';
import { runExtractCommand } from './run-extract-command.ts';

/** Reads the value after an option, or says which option lacks one. */
function valueAfter(args: readonly string[], i: number): string {
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(messages.optionNeedsValue(String(args[i])));
  return value;
}

class UsageError extends Error {}

/**
 * The command line (`npm start`, `npx wulong-factcheck`):
 * - `[check] [--report DIR] [--json] [--out DIR]`: the full fact-check (the bundled report by default);
 * - `extract <report.txt> [--out FILE] [--year N]`: a draft claims CSV of a report's text.
 * A mistake in the options exits with status 2 and a line saying what to type.
 */
async function main(args: readonly string[]): Promise<string> {
  const [command, ...rest] = args[0] === 'check' || args[0] === 'extract' ? [args[0], ...args.slice(1)] : ['check', ...args];
  if (command === 'extract') {
    const files: string[] = [];
    const options: { out?: string; year?: number } = {};
    for (let i = 0; i < rest.length; i += 1) {
      if (rest[i] === '--out') options.out = valueAfter(rest, i++);
      else if (rest[i] === '--year') {
        const year = Number(valueAfter(rest, i++));
        if (!Number.isInteger(year)) throw new UsageError(messages.optionNeedsValue('--year'));
        options.year = year;
      } else if (!String(rest[i]).startsWith('--')) files.push(String(rest[i]));
      else throw new UsageError(messages.unknownOption(String(rest[i])));
    }
    if (files.length !== 1) throw new UsageError(messages.extractNeedsFile(files.length));
    return runExtractCommand(files[0] as string, options);
  }
  const options: { report?: string; json?: boolean; out?: string } = {};
  for (let i = 0; i < rest.length; i += 1) {
    if (rest[i] === '--json') options.json = true;
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
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
