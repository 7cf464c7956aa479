import { describe, expect, it } from 'vitest';
import { byTopic } from '../../src/views/by-topic.ts';
import { UnknownValueError } from '../../src/errors/unknown-value-error.ts';

describe('byTopic', () => {
  it('filters one topic', () => {
    const tourism = byTopic('tourism');
    expect(new Set(tourism.array('topic'))).toEqual(new Set(['tourism']));
    expect(tourism.array('id')).toContain('tourist_arrivals_2023');
  });
  it('suggests the topic meant', () => {
    // @ts-expect-error a misspelt topic is what a notebook user types
    expect(() => byTopic('touris')).toThrow(UnknownValueError);
    // @ts-expect-error as above
    expect(() => byTopic('touris')).toThrow(/Did you mean "tourism"/);
  });
});
