import { datasetSummary } from './dataset-summary.ts';
import { bundledReport } from '../report/bundled-report.ts';

/** `npm start`: the dataset summary of the bundled report. */
function main(): void {
  process.stdout.write(`${datasetSummary(bundledReport())}\n`);
}

main();
