import { describe, expect, it } from 'vitest';
import { formatDate, formatYears } from '../../../src/lib/formatDate.ts';

describe('formatDate', () => {
  it('shows a bare year as the year', () => {
    expect(formatDate('2011')).toBe('2011');
  });

  it('shows a year and month as month and year', () => {
    expect(formatDate('2011-08')).toBe('Aug 2011');
  });

  it('shows a full date as day, month and year without a leading zero', () => {
    expect(formatDate('2011-08-08')).toBe('8 Aug 2011');
  });

  it('shows December and two-digit days', () => {
    expect(formatDate('2011-12-16')).toBe('16 Dec 2011');
  });
});

describe('formatYears', () => {
  it('shows one year alone and a range with an en dash', () => {
    expect(formatYears(2011, 2011)).toBe('2011');
    expect(formatYears(2009, 2013)).toBe('2009–2013');
  });
});
