import { documentLayout, type LayoutOptions } from './document-layout.ts';
import { messages } from '../messages/index.ts';
import type { Manifest } from './types.ts';

/** Options of `manifestFromText`: what the text does not say, or says wrongly. Each overrides what is read. */
export interface ManifestOptions extends Pick<LayoutOptions, 'reviewYear' | 'planYear'> {
  /** The dataset's name. Default: the place and year read, else `report`. */
  dataset?: string;
  /** The document's title. Default: its first line (with the place, when the line has none). */
  title?: string;
  /** Who published it. Default: the place read from the text. */
  publisher?: string;
  /** The date it was given, YYYY-MM-DD. Default: read from its occasion line (——2025年1月15日在…) or date line. */
  given?: string;
  /** The date it was published, YYYY-MM-DD. Default: a date stamp in the page's head (see `documentLayout`), else not known (empty). */
  published?: string;
  /** Where it was published. Default: not known (empty). */
  url?: string;
  /** Who gave it. Default: not known (empty). */
  speaker?: string;
}

/**
 * A manifest for a report that has none, read from its text (see `documentLayout`): its title,
 * place, date and years, each overridden by the options; what the text does not say is left empty
 * and the outputs say "not known". `description` says where it came from, so a reader can tell a
 * manifest written by a person from one read from the text.
 *
 * @param text - The report text.
 * @param options - See `ManifestOptions`.
 * @returns A manifest in the format of `docs/claims-format.md`.
 * @example
 * manifestFromText('云溪市2024年国民经济和社会发展统计公报\n云溪市统计局\n2025年3月20日\n一、综合').source
 * // => { title: '云溪市2024年国民经济和社会发展统计公报', publisher: '云溪市', url: '', date_given: '2025-03-20', date_published: '', speaker: '' }
 */
export function manifestFromText(text: string, options: ManifestOptions = {}): Manifest {
  const years = {
    ...(options.reviewYear === undefined ? {} : { reviewYear: options.reviewYear }),
    ...(options.planYear === undefined ? {} : { planYear: options.planYear }),
  };
  const layout = documentLayout(text, years);
  const place = layout.place ?? '';
  const year = layout.reviewYear ?? layout.planYear;
  const manifest: Manifest = {
    dataset: options.dataset ?? ([place, year].filter((part) => part !== '' && part !== null).join('-') || 'report'),
    description: messages.manifestFromText(layout.type, layout.from),
    source: {
      title: options.title ?? layout.title,
      publisher: options.publisher ?? place,
      url: options.url ?? '',
      date_given: options.given ?? layout.date ?? '',
      date_published: options.published ?? layout.published ?? '',
      speaker: options.speaker ?? '',
    },
    files: [],
  };
  // Years given are the manifest's; years read from the text are read again from it (see `reportYears`), which says where from.
  if (layout.from === 'override') {
    manifest.years = {
      ...(layout.reviewYear === null ? {} : { review: layout.reviewYear }),
      ...(layout.planYear === null ? {} : { plan: layout.planYear }),
    };
  }
  return manifest;
}
