import { errorMessages } from './errors.ts';
import { labels } from './labels.ts';
import { sentences, type GrowthSentence } from './sentences.ts';
import { usage } from './usage.ts';

export { errorMessages, labels, sentences, usage, type GrowthSentence };

/**
 * Every user-facing text of the library behind one import, split by audience in this folder:
 * `errors.ts` (what a typed error says), `sentences.ts` (the published sentences of a check
 * result), `labels.ts` (verdict names, chart titles, headings and summary lines) and `usage.ts`
 * (the command's own lines). Each entry is a function of the values it names, so that a message
 * always shows the offending value. Text only: which text applies is decided where the decision
 * belongs (a verdict with the checks, a usage mistake in the command). Add a key to the file of
 * its audience, never a user-facing string literal elsewhere.
 */
export const messages = { ...errorMessages, ...sentences, ...labels, ...usage };
