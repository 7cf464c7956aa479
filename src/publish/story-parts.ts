import type { Findings } from '../checks/findings-of.ts';
import type { CheckResult } from '../checks/types.ts';
import { messages } from '../messages/index.ts';
import type { Report } from '../report/types.ts';

/** A text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The parts of the story page that are written from the findings, shared by the page and its Markdown twin. */
export interface StoryParts {
  /** The headline: the top story's. */
  headline: Bilingual;
  /** The opening paragraph: what was checked, what was found, and the top story in a sentence. */
  lede: Bilingual;
  /** The source: publisher, date given and date published. */
  source: string;
  /** One question for the government per story, most newsworthy first, with the story's number. */
  questions: (Bilingual & { story: number })[];
  /** The methods box: what was checked and what was not, the verdict scale, rounding. */
  methods: Bilingual[];
  /** A notice when results rest on claims no person has reviewed, or `null`. */
  unreviewed: Bilingual | null;
  /** The results that are not comparable, as the page lists them (caveats of no weight left to the ledger). */
  notComparable: CheckResult[];
}

/** A sentence continued after a colon starts in lower case, unless it opens with a name or a number. */
const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) && !/^(GDP|The [A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** Writes the headline, lede, questions and methods of a story page from the findings. */
export function storyParts(sorted: Findings, report: Report): StoryParts {
  const { source } = report.manifest;
  const top = sorted.stories[0]?.lead ?? null;
  const counts = { contradiction: sorted.counts.contradiction, tension: sorted.counts.tension, question: sorted.counts.question };
  const families = [...new Set(sorted.ranked.map((result) => result.family))].sort();
  return {
    headline: sorted.stories[0]?.headline ?? messages.storyNoFindingsHeadline(),
    lede: {
      zh: messages.storyLedeZh(source.title, sorted.total, counts, sorted.stories.length, top ? top.statement_zh.replace(/。$/, '') : null),
      en: messages.storyLedeEn(source.title_en ?? source.title, sorted.total, counts, sorted.stories.length, top ? lowerFirst(top.statement_en.replace(/\.$/, '')) : null),
    },
    source: messages.storySource(source.publisher, source.date_given, source.date_published),
    questions: sorted.stories.flatMap((story) => (story.lead.question_zh && story.lead.question_en
      ? [{ zh: story.lead.question_zh, en: story.lead.question_en, story: story.cluster }] : [])),
    unreviewed: sorted.unreviewed > 0 ? messages.unreviewedNotice(sorted.unreviewed, sorted.total) : null,
    // Pairs a reader might expect to be compared, and why they are not; caveats of no weight (severity 0) stay in the ledger.
    notComparable: sorted.notComparable.filter((result) => result.severity > 0),
    methods: [
      messages.methodsChecked(sorted.total, report.rows.length, messages.methodsFamilies(families)),
      messages.methodsNotChecked(),
      messages.methodsScale(),
      messages.methodsRounding(),
    ],
  };
}
