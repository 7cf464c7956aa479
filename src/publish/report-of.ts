import type { Findings } from '../checks/findings-of.ts';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import { bundledReport } from '../report/bundled-report.ts';
import type { Report } from '../report/types.ts';

/**
 * The report an output is about: the one given, or the bundled report; and a check that the
 * results are its own, so that the findings of one report are never titled, sourced and placed
 * as another's.
 */
export function reportOf(findings: Findings, given: Report | undefined): Report {
  const report = given ?? bundledReport();
  const stranger = findings.ranked.flatMap((result) => result.claims).find((id) => !report.byId.has(id));
  if (stranger !== undefined) throw new FactcheckError('INVALID_ARGUMENT', messages.resultsNotFromReport(stranger, report.manifest.source.title || report.dir));
  return report;
}
