import { messages } from '../messages/index.ts';
import { rankOrder } from './engine/rank-order.ts';
import type { CheckResult, Family, Verdict } from './types.ts';

/** The verdicts that make a result a finding: a doubt a reader is shown. */
export const FINDING_VERDICTS: readonly Verdict[] = ['contradiction', 'tension', 'question'];

/** Families whose findings make one story together even when they share no figure: a list of targets set below last year's results is one story. */
const ONE_STORY_FAMILIES: readonly Family[] = ['target_below_actual'];
/** Families whose findings are stories of their own, whatever figures they share: one figure given for two things is news by itself. */
const OWN_STORY_FAMILIES: readonly Family[] = ['repeated_figure'];

/** A story: findings that share figures (or a kind of plan question), led by the most newsworthy. */
export interface Story {
  /** The story's number, 1 the most newsworthy. */
  cluster: number;
  /** The story's headline: its lead's, or, for a story of one kind of finding, what they have in common ("16 targets below…"). */
  headline: { zh: string; en: string };
  /** The headline finding. */
  lead: CheckResult;
  /** The other findings of the story, most newsworthy first. */
  supporting: CheckResult[];
  /** Results that share the story's figures and raise no doubt (they hold, or are not comparable): context for the reader. */
  context: CheckResult[];
}

/**
 * Groups results into stories: findings (contradictions, tensions and questions) that share a
 * figure are one story, and the findings of a kind that is one story by itself (targets set below
 * last year's results) make one story together unless they share a figure with another story,
 * which they then join; results that raise no doubt are attached to the first story whose
 * figures they share. Stories are numbered by their lead's rank (most newsworthy first), and every
 * result gets its story's number in `cluster` (`null` when no story involves it).
 *
 * @param results - Check results, in any order.
 * @returns The results ranked, each with its `cluster`, and the stories.
 * @example
 * const { stories } = clusterResults(runChecks());
 * [stories[0].lead.check, stories[0].supporting.map((result) => result.check).includes('tourism_revenue_growth_2024')]
 * // => ['tourism_revenue_identity_2023', true]
 */
export function clusterResults(results: readonly CheckResult[]): { results: CheckResult[]; stories: Story[] } {
  const ranked = [...results].sort(rankOrder);
  const findings = ranked.filter((result) => FINDING_VERDICTS.includes(result.verdict));
  // Union-find over findings, joined through the claims they share.
  const parent = findings.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] = parent[parent[at] as number] as number;
    return at;
  };
  const join = (a: number, b: number) => {
    const ra = root(a);
    const rb = root(b);
    // The better-ranked finding stays the root, so a story's root is its lead.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstWith = new Map<string, number>();
  const link = (key: string, index: number) => {
    const seen = firstWith.get(key);
    if (seen === undefined) firstWith.set(key, index);
    else join(seen, index);
  };
  // Findings join through the figures they share…
  findings.forEach((result, index) => {
    if (ONE_STORY_FAMILIES.includes(result.family) || OWN_STORY_FAMILIES.includes(result.family)) return;
    for (const id of result.claims) link(id, index);
  });
  // …and a finding of a one-story kind joins the story of a figure it shares, or else the story of its kind.
  findings.forEach((result, index) => {
    if (!ONE_STORY_FAMILIES.includes(result.family)) return;
    const shared = result.claims.find((id) => firstWith.has(id));
    link(shared ?? `family:${result.family}`, index);
  });
  const stories: Story[] = [];
  const storyOf = new Map<number, Story>();
  findings.forEach((result, index) => {
    const top = root(index);
    let story = storyOf.get(top);
    if (!story) {
      story = { cluster: stories.length + 1, headline: { zh: result.headline_zh, en: result.headline_en }, lead: result, supporting: [], context: [] };
      stories.push(story);
      storyOf.set(top, story);
    } else {
      story.supporting.push(result);
    }
  });
  for (const story of stories) {
    const members = [story.lead, ...story.supporting];
    const family = story.lead.family;
    if (members.length > 1 && ONE_STORY_FAMILIES.includes(family) && members.every((result) => result.family === family)) {
      story.headline = messages.oneKindHeadline(family, members.length);
    }
  }
  const byClaim = new Map<string, Story>();
  for (const story of stories) {
    for (const result of [story.lead, ...story.supporting]) for (const id of result.claims) if (!byClaim.has(id)) byClaim.set(id, story);
  }
  const clusterOf = new Map<CheckResult, number | null>();
  for (const story of stories) for (const result of [story.lead, ...story.supporting]) clusterOf.set(result, story.cluster);
  for (const result of ranked) {
    if (clusterOf.has(result)) continue;
    const story = result.claims.map((id) => byClaim.get(id)).filter((each) => each !== undefined).sort((a, b) => a.cluster - b.cluster)[0];
    if (story) story.context.push(result);
    clusterOf.set(result, story?.cluster ?? null);
  }
  const withCluster = new Map<CheckResult, CheckResult>();
  for (const result of ranked) withCluster.set(result, { ...result, cluster: clusterOf.get(result) ?? null });
  const swap = (result: CheckResult): CheckResult => withCluster.get(result) as CheckResult;
  return {
    results: ranked.map(swap),
    stories: stories.map((story) => ({ ...story, lead: swap(story.lead), supporting: story.supporting.map(swap), context: story.context.map(swap) })),
  };
}
