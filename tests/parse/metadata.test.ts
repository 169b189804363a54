import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/parse/metadata.js';

describe('findDate', () => {
  it('reads day-month-year, month-day-year and ISO dates', () => {
    expect(findDate('Sochi, 15 September 2023. The leaders met.')).toBe('2023-09-15');
    expect(findDate('Released on Sept. 5, 2021 by the press office')).toBe('2021-09-05');
    expect(findDate('Posted 2022-03-01 in News')).toBe('2022-03-01');
  });

  it('takes the earliest date, and a valid one', () => {
    expect(findDate('On March 3, 2020 they agreed; on 4 April 2021 they signed.')).toBe('2020-03-03');
    expect(findDate('Filed 2024-13-40, meeting of 2 May 2024')).toBe('2024-05-02');
  });

  it('finds a date far into the text when the year comes late', () => {
    expect(findDate(`${'Words without numbers. '.repeat(60)}It happened on 1 June 2019.`)).toBe('2019-06-01');
  });

  it('gives null without a year, or for a date past the first 4,000 characters', () => {
    expect(findDate('on 15 September, in Sochi')).toBeNull();
    expect(findDate(`${'x '.repeat(2100)}1 June 2019`)).toBeNull();
  });
});
