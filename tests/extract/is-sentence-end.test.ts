import { describe, expect, it } from 'vitest';
import { isSentenceEnd } from '../../src/extract/is-sentence-end.ts';

describe('isSentenceEnd', () => {
  it('knows the marks that end a sentence', () => {
    expect([...'。！？!?\n'].every((mark) => isSentenceEnd(mark.charCodeAt(0)))).toBe(true);
    expect([...'，；;：、a5'].some((mark) => isSentenceEnd(mark.charCodeAt(0)))).toBe(false);
  });
});
