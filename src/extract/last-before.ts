import { isSpace } from './is-space.ts';

/**
 * Where the last character before `at` that is no white space stands (-1 where none is).
 *
 * @param text - The text.
 * @param at - A position in it.
 */
export function lastBefore(text: string, at: number): number {
  let before = at - 1;
  while (before >= 0 && isSpace(text.charCodeAt(before))) before -= 1;
  return before;
}
