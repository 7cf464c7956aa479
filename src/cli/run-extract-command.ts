import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { draftClaimsCsv } from '../extract/draft-claims-csv.ts';
import { readTextFile } from '../report/read-text-file.ts';
import { extractDraft } from '../extract/extract-claims.ts';
import { messages } from '../messages/index.ts';

/** Options of the `extract` command. */
export interface ExtractCommandOptions {
  /** Write the draft CSV here instead of printing it. */
  out?: string;
  /** The year whose results the report gives. Default: read from the report (see `documentLayout`). */
  reviewYear?: number;
  /** The year whose targets it sets. Default: read from the report. */
  planYear?: number;
  /** Replace `out` when it exists already (a reviewed claims.csv is never replaced unless asked). Default `false`. */
  force?: boolean;
}

/**
 * `wulong-factcheck extract <report.txt>`: a draft claims CSV of a report's text, for a person to
 * review (see `draftClaimsCsv`). Returns the CSV to print, or, with `out`, writes it there and
 * returns a line saying so and a line saying what it read of the report's layout (type, place,
 * years and where they came from), so that a wrong year is seen before the review.
 *
 * @param file - The report text file (UTF-8).
 * @param options - See `ExtractCommandOptions`.
 * @returns What to print.
 * @example
 * (await runExtractCommand(BUNDLED_REPORT_DIR + '/report.txt')).split('\n')[0]
 * // => 'id,start,end,surface,value,scale,unit,kind,year,status,qualifier,cumulative,direction,basis,indicator,indicator_en,topic,section,of,base,whole,part_of,counterpart,scope,note'
 */
export async function runExtractCommand(file: string, options: ExtractCommandOptions = {}): Promise<string> {
  const text = readTextFile(file, 'report text');
  // A draft must never cost a reviewed table or the report itself: check before the work.
  if (options.out !== undefined) {
    if (existsSync(options.out) && realpathSync(options.out) === realpathSync(file)) throw new FactcheckError('CANNOT_WRITE', messages.outIsInput(options.out));
    if (existsSync(options.out) && !options.force) throw new FactcheckError('CANNOT_WRITE', messages.outExists(options.out));
  }
  const { claims: table, layout } = extractDraft(text, {
    ...(options.reviewYear === undefined ? {} : { reviewYear: options.reviewYear }),
    ...(options.planYear === undefined ? {} : { planYear: options.planYear }),
  });
  const csv = draftClaimsCsv(table);
  if (!options.out) return csv.endsWith('\n') ? csv : `${csv}\n`;
  const out = options.out;
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, csv.endsWith('\n') ? csv : `${csv}\n`);
  } catch (error) {
    throw new FactcheckError('CANNOT_WRITE', messages.cannotWrite(out, (error as Error).message));
  }
  return `${messages.draftWritten(table.numRows(), options.out)}\n${messages.layoutRead(layout)}\n`;
}
