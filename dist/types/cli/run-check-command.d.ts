/** Options of the `check` command. */
export interface CheckCommandOptions {
    /** A report folder (report.txt, claims.csv); default the bundled report. */
    report?: string;
    /** Print the findings JSON to stdout and write nothing. */
    json?: boolean;
    /** Where to write the outputs. Default `out`. */
    out?: string;
}
/**
 * The full fact-check of a report, as `npm start` runs it: the dataset summary and the ranked
 * findings on stdout (colour where the terminal supports it), and `findings.json`, `findings.md`,
 * every chart (`charts/*.vl.json`, `charts/*.svg`), `story.html` and `story.md` in the output folder.
 *
 * @param options - See `CheckCommandOptions`.
 * @returns The text printed.
 * @example
 * (await runCheckCommand({ json: true })).startsWith('[')
 * // => true
 */
export declare function runCheckCommand(options?: CheckCommandOptions): Promise<string>;
