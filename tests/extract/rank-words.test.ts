import { describe, expect, it } from 'vitest';
import { RANK_MOVES, RANK_VERBS } from '../../src/extract/rank-words.ts';

describe('RANK_VERBS', () => {
  it('reads each verb of placing whole before a rank, and not 排 alone, which ends other words', () => {
    const before = new RegExp(`(?:${RANK_VERBS})第$`);
    expect(['排名第', '位列第', '居于第', '名列第', '排在第', '居第'].every((words) => before.test(words))).toBe(true);
    expect(new RegExp(`^(?:${RANK_VERBS})`).exec('居于全市')?.[0]).toBe('居于');
    expect(before.test('安排第')).toBe(false);
  });
});

describe('RANK_MOVES', () => {
  it('reads the words of a move in rank (the rules that read one look for them before 位), and not the other words of change', () => {
    const move = new RegExp(`(?:${RANK_MOVES})$`);
    expect(['排名前移', '比上年上升', '位次后退', '跃升'].every((words) => move.test(words))).toBe(true);
    expect(['增长', '提高', '减少', '回落'].some((words) => move.test(words))).toBe(false);
  });
});
