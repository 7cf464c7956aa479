import type { StreamColumn } from '../export/table-stream.ts';

/** The columns of the corpus claims table: the report it came from, its place and title, then the claim. */
export const CORPUS_CLAIM_COLUMNS: readonly StreamColumn[] = [
  { name: 'report', type: 'text' }, { name: 'place', type: 'text' }, { name: 'title', type: 'text' },
  { name: 'id', type: 'text' }, { name: 'start', type: 'integer' }, { name: 'end', type: 'integer' },
  { name: 'surface', type: 'text' }, { name: 'value', type: 'text' }, { name: 'scale', type: 'number' },
  { name: 'unit', type: 'text' }, { name: 'kind', type: 'text' }, { name: 'year', type: 'integer' },
  { name: 'status', type: 'text' }, { name: 'qualifier', type: 'text' }, { name: 'direction', type: 'text' },
  { name: 'indicator', type: 'text' }, { name: 'topic', type: 'text' },
  { name: 'amount', type: 'number' }, { name: 'low', type: 'number' }, { name: 'high', type: 'number' },
  { name: 'reviewed', type: 'boolean' }, { name: 'sentence', type: 'text' }, { name: 'note', type: 'text' },
];

/** The columns of the corpus findings table: the report, then each check result in words and numbers. */
export const CORPUS_FINDING_COLUMNS: readonly StreamColumn[] = [
  { name: 'report', type: 'text' }, { name: 'place', type: 'text' }, { name: 'check', type: 'text' },
  { name: 'family', type: 'text' }, { name: 'verdict', type: 'text' }, { name: 'severity', type: 'number' },
  { name: 'newsworthiness', type: 'number' }, { name: 'story', type: 'integer' }, { name: 'reviewed', type: 'boolean' },
  { name: 'topic', type: 'text' }, { name: 'claims', type: 'text' },
  { name: 'headline_zh', type: 'text' }, { name: 'headline_en', type: 'text' },
  { name: 'statement_zh', type: 'text' }, { name: 'statement_en', type: 'text' },
  { name: 'question_zh', type: 'text' }, { name: 'question_en', type: 'text' },
];

/** The columns of the corpus reports table: one row per report, failed ones too. */
export const CORPUS_REPORT_COLUMNS: readonly StreamColumn[] = [
  { name: 'report', type: 'text' }, { name: 'place', type: 'text' }, { name: 'title', type: 'text' },
  { name: 'type', type: 'text' }, { name: 'review_year', type: 'integer' }, { name: 'plan_year', type: 'integer' },
  { name: 'claims', type: 'integer' }, { name: 'reviewed', type: 'boolean' }, { name: 'checks', type: 'integer' },
  { name: 'contradictions', type: 'integer' }, { name: 'tensions', type: 'integer' }, { name: 'questions', type: 'integer' },
  { name: 'headline', type: 'text' }, { name: 'page', type: 'text' }, { name: 'error', type: 'text' },
];
