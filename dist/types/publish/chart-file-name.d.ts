/** The file name (without extension) under which the main job writes the chart of a check, and the story links to it. */
export declare const chartFileName: (check: string) => string;
