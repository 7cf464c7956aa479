import { describe, expect, it } from 'vitest';
import { rankName } from '../../src/extract/name-ranks.ts';

describe('rankName', () => {
  it('cuts the words of rank before the number, and names what is ranked as a ranking', () => {
    expect(rankName('地区生产总值在全省排名由第', null)).toBe('地区生产总值在全省排名');
    expect(rankName('在省级以上开发区综合考核中位列第', null)).toBe('省级以上开发区综合考核排名');
    expect(rankName('排名前', null)).toBe('排名');
  });

  it('names a rank of its words alone, and a move in rank, after the rank before it', () => {
    expect(rankName('上升至第', '地区生产总值在全省排名')).toBe('地区生产总值在全省排名');
    expect(rankName('比上年前移', '开发区综合考核排名')).toBe('开发区综合考核排名前移');
    expect(rankName('排名前移', null)).toBe('排名前移');
  });

  it('names a rank of its words alone after the figure before it, among the area they name', () => {
    expect(rankName('居全市第', null, '高新技术企业总数')).toBe('高新技术企业总数全市排名');
    expect(rankName('位列全省第', null, null)).toBe('全省排名');
  });

  it('cuts the places a rank is held among, and names a bare measure ranked after the subject of the figure before', () => {
    expect(rankName('增速居全市11个县（市、区）第', null, '地区生产总值增长')).toBe('地区生产总值增速全市排名');
    expect(rankName('在全省16个设区市中排名第', null, '群众安全感满意度提高')).toBe('群众安全感满意度全省排名');
    expect(rankName('在全省135个省级以上开发区综合考核中位列第', null)).toBe('省级以上开发区综合考核排名');
    // How long it has been held is the figure's time, no part of what is ranked.
    expect(rankName('连续两年位居全市第', null, '游客满意度')).toBe('游客满意度全市排名');
    // The courts, prosecutors or police of an area rank among themselves (全市法院第二).
    expect(rankName('排名全市法院第', null, '结案率')).toBe('结案率全市排名');
    expect(rankName('增速居全州11个县市第', null, '地区生产总值增长')).toBe('地区生产总值增速全州排名');
  });
});
