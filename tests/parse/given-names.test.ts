import { describe, expect, it } from 'vitest';
import { genderOfGivenName } from '../../src/parse/given-names.js';
import { parse, saidBy } from './helpers.js';

describe('given names', () => {
  it('reads genders the name lists agree on', () => {
    expect(genderOfGivenName('Olena')).toBe('f');
    expect(genderOfGivenName('Giorgia')).toBe('f');
    expect(genderOfGivenName('Sergei')).toBe('m');
    expect(genderOfGivenName('Laurent')).toBe('m');
  });

  it('takes the lists’ majority, and no gender where they split evenly (the package’s own look-up keeps the last entry)', () => {
    // Three lists of four give "Yuri" as a man's name; the package alone says female (its English list).
    expect(genderOfGivenName('Yuri')).toBe('m');
    // The French list gives "Florent" both ways, the female entry last; the package alone says female.
    expect(genderOfGivenName('Florent')).toBeNull();
  });

  it('lets "he said" reach a Florent named as the last subject', () => {
    const t = parse(
      [
        'Two journalists beaten in Velgrad',
        'French reporters Charles Boudin and Florent Vernet were beaten by police on Friday.',
        'The officers "seemed furious that we were filming," Boudin said.',
        'Vernet, meanwhile, said he was "grabbed by the throat", slapped and "hit in the back".',
        'Security forces also seized his bag, camera and mobile phone during the arrest.',
        '"I had a nosebleed and my back and jaw hurt," he said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'I had a nosebleed')).toBe('Florent Vernet');
  });
});
