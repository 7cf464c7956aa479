// A Node script in your own project, after `npm install /path/to/wulong-factcheck-0.3.0.tgz`.
import { bundledReport, findingsOf, runChecks, targets } from 'wulong-factcheck';

const report = bundledReport();
const sorted = findingsOf(runChecks(report));
console.log(`${report.rows.length} claims, ${targets().numRows()} targets, ${sorted.findings.length} findings; first: ${sorted.stories[0]?.lead.check}`);
