/**
 * The command's own lines: its help, usage mistakes and what it wrote (src/cli).
 */
export declare const usage: {
    helpMain: (version: string) => string;
    helpCheck: () => string;
    helpExtract: () => string;
    unknownCommand: (command: string) => string;
    chartsWritten: (count: number, dir: string) => string;
    findingsWritten: (files: readonly string[]) => string;
    unknownOption: (option: string) => string;
    optionNeedsValue: (option: string) => string;
    extractNeedsFile: (count: number) => string;
    draftWritten: (rows: number, file: string) => string;
    cannotWrite: (path: string, reason: string) => string;
};
