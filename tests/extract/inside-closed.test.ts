import { describe, expect, it } from 'vitest';
import { draftColumns } from '../../src/extract/draft-columns.ts';
import { insideClosed } from '../../src/extract/inside-closed.ts';

/** Columns of the figures at these spans of a text. */
function spans(text: string, figures: string[]) {
  const columns = draftColumns(figures.length);
  let from = 0;
  figures.forEach((figure, i) => {
    columns.start[i] = text.indexOf(figure, from);
    columns.end[i] = (columns.start[i] as number) + figure.length;
    from = columns.end[i] as number;
  });
  return columns;
}

describe('insideClosed', () => {
  it('says a figure stands in brackets that close before another where a bracket closes between them and none opens', () => {
    const parts = '支出124.68亿元（含专项债券安排支出52.80亿元），下降6.3%';
    expect(insideClosed(spans(parts, ['124.68亿元', '52.80亿元', '6.3%']), parts, 1, 2)).toBe(true);
    expect(insideClosed(spans(parts, ['124.68亿元', '52.80亿元', '6.3%']), parts, 0, 2)).toBe(false);
    const words = '支出80亿元（同口径），下降5%';
    expect(insideClosed(spans(words, ['80亿元', '5%']), words, 0, 1)).toBe(false);
  });
});
