/**
 * The command's own lines: usage mistakes and what it wrote (src/cli).
 */
export declare const usage: {
    chartsWritten: (count: number, dir: string) => string;
    findingsWritten: (files: readonly string[]) => string;
    unknownOption: (option: string) => string;
    optionNeedsValue: (option: string) => string;
    extractNeedsFile: (count: number) => string;
    draftWritten: (rows: number, file: string) => string;
};
