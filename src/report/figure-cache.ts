import type { Figure, Report } from './types.ts';

/**
 * Figures already made, per report: a check run looks the same claim up many times, and parsing
 * its surface and finding its sentence cost more than a copy. `fig` fills it; a shipped report
 * arrives with it filled (`readShippedReport`).
 */
export const figureCache = new WeakMap<Report, Map<string, Figure>>();
