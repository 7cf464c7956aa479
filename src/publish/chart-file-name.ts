/** The file name (without extension) under which the main job writes the chart of a check, and the story links to it. */
export const chartFileName = (check: string): string => `check-${check.replace(/[^A-Za-z0-9_+-]/g, '_')}`;
