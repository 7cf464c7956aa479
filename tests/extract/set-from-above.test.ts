import { describe, expect, it } from 'vitest';
import { GOAL_SET, SET_FOR_US, SETTERS } from '../../src/extract/set-from-above.ts';

describe('SETTERS, SET_FOR_US and GOAL_SET', () => {
  it('read a goal set from above and whom it is set for, and not a goal of the region\'s own', () => {
    const set = new RegExp(`^(?:${SETTERS})下达${SET_FOR_US}的$`);
    expect(['市下达的', '上级下达给我县的', '省下达我区的'].every((words) => set.test(words))).toBe(true);
    expect(set.test('年初确定的')).toBe(false);
    const goal = new RegExp(`^${GOAL_SET}$`);
    expect(['下达的年度目标任务', '下达目标', '下达的全年目标'].every((words) => goal.test(words))).toBe(true);
    expect(goal.test('确定的目标')).toBe(false);
  });
});
