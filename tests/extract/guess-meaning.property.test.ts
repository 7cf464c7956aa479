import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AVERAGED, guessTopic, TOPIC_WORDS, TRAILING_WORDS, trailingStart } from '../../src/extract/guess-meaning.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20240131);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** The trailing words as one pattern, as a reader would write it (均 but in 年均, 人均…; 达 but in 到达, 下达…): the definition `trailingStart` must agree with. */
// 达 of 下达, 传达, 送达, 抵达, 到达, 通达, 表达 is no verb of reaching: written out here, apart from the code's list.
const inWord = (word: string) => (word === '均' ? `(?<![${AVERAGED}])均` : word === '达' ? '(?<!下|传|送|抵|到|通|表)达' : word);
const TRAILING_PATTERN = new RegExp(`(?:${TRAILING_WORDS.map(inWord).join('|')})+$`);

/** Pieces that make the hard cases likely: the words, their parts, 年 before 均, and other text. */
const PIECES = ['人', '人均', '增至', '增', '至', '比上年末', '比上年', '上年', '比', '年', '均', '年均', '分别', '分别为', '为', '达到', '达', '到', '增长', '增', '长', '超过', '超', '过', '控制在', '在', '的', '了', '收入', '地区生产总值', '5', '%', '，'];

describe('trailingStart', () => {
  it('cuts exactly where the pattern of trailing words would, on random texts', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.nat(8), (pieces, cut) => {
      const text = pieces.join('');
      expect(text.slice(0, trailingStart(text))).toBe(text.replace(TRAILING_PATTERN, ''));
      // From a position on, as if the text began there (年 before it does not make 均 part of 年均).
      const from = Math.min(cut, text.length);
      expect(text.slice(from, trailingStart(text, from))).toBe(text.slice(from).replace(TRAILING_PATTERN, ''));
    }), { seed: SEED, numRuns: RUNS * 5 });
  });

  it('reads a long clause and one that is all trailing words', () => {
    const long = `${'项目'.repeat(300)}比上年增长`;
    expect(trailingStart(long)).toBe(600);
    expect(trailingStart('比上年末增长')).toBe(0);
    expect(trailingStart('年均')).toBe(2);
    expect(trailingStart('人均')).toBe(2);
    expect(trailingStart('居民人均')).toBe(4);
    expect(trailingStart('收入均')).toBe(2);
    expect(trailingStart('年均', 1)).toBe(1);
    // 约 that ends a word (签约, 节约) is no "about".
    expect(trailingStart('家庭医生签约')).toBe(6);
    expect(trailingStart('资金约')).toBe(2);
  });
});

describe('guessTopic', () => {
  it('gives the first topic with a word in the sentence, as testing each topic\'s words in turn would', () => {
    // Every topic word, parts of words, and other text.
    const words = [...TOPIC_WORDS.flatMap(([, pattern]) => pattern.source.split('|')), '生产', '总值', '市场', '的', '增长', '5%'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 6 }), (pieces) => {
      const sentence = pieces.join('');
      const expected = TOPIC_WORDS.find(([, pattern]) => pattern.test(sentence))?.[0] ?? 'meta';
      expect(guessTopic(sentence)).toBe(expected);
    }), { seed: SEED, numRuns: RUNS });
  });
});
