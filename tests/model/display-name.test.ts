import { describe, expect, it } from 'vitest';
import { displayName, isCleanName, otherNames } from '../../src/model/display-name.js';

describe('names as shown', () => {
  it('drops a raw label’s parenthesised parts', () => {
    expect(displayName('Edward Miliband (Doncaster North) (Lab)')).toBe('Edward Miliband');
    expect(displayName('Vladimir Putin (retranslated)')).toBe('Vladimir Putin');
    expect(displayName('(inaudible)')).toBe('(inaudible)');
  });

  it('calls a name with digits or brackets unclean', () => {
    expect(isCleanName('Aleksandr Lukashe4nko')).toBe(false);
    expect(isCleanName('Edward Miliband (Lab)')).toBe(false);
    expect(isCleanName('A. Lukashenko')).toBe(true);
    expect(isCleanName('Marieke de Groot')).toBe(true);
    expect(isCleanName('Seán Ó Fearghaíl')).toBe(true);
  });

  it('shows clean, distinct other names: no typos of the name, no raw labels, no repeats', () => {
    expect(otherNames('Aleksandr Lukashenko', ['Aleksandr Lukashe4nko', 'Aleksandr Lukashenko', 'Lukashenko', 'Belarusian leader', 'Aleksandr Lukashenka', 'lukashenko'])).toEqual([
      'Lukashenko',
      'Belarusian leader',
    ]);
    expect(otherNames('Edward Miliband', ['Edward Miliband (Doncaster North) (Lab)', 'Miliband', 'Ed Miliband'])).toEqual(['Miliband', 'Ed Miliband']);
  });
});
