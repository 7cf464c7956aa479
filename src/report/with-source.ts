import type { ManifestOptions } from './manifest-from-text.ts';
import type { Manifest } from './types.ts';

/**
 * A manifest with the source and years given (the command's `--title`, `--given`,
 * `--review-year`…) written over its own; what is not given stays as it was.
 *
 * @param manifest - The manifest (from a file, or read from the text).
 * @param options - What was given (see `ManifestOptions`).
 * @returns A new manifest.
 * @example
 * withSource(manifestFromText('云溪市2024年统计公报'), { published: '2025-03-21', reviewYear: 2024 }).source.date_published
 * // => '2025-03-21'
 */
export function withSource(manifest: Manifest, options: ManifestOptions): Manifest {
  const source = { ...manifest.source };
  if (options.title !== undefined) source.title = options.title;
  if (options.publisher !== undefined) source.publisher = options.publisher;
  if (options.given !== undefined) source.date_given = options.given;
  if (options.published !== undefined) source.date_published = options.published;
  if (options.url !== undefined) source.url = options.url;
  if (options.speaker !== undefined) source.speaker = options.speaker;
  const years = { ...manifest.years };
  if (options.reviewYear !== undefined) years.review = options.reviewYear;
  if (options.planYear !== undefined) years.plan = options.planYear;
  if (options.reviewYear !== undefined && options.planYear === undefined && manifest.years?.plan === undefined) years.plan = options.reviewYear + 1;
  if (options.planYear !== undefined && options.reviewYear === undefined && manifest.years?.review === undefined) years.review = options.planYear - 1;
  return { ...manifest, source, ...(Object.keys(years).length > 0 ? { years } : {}) };
}
