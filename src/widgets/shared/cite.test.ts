import { describe, expect, it } from 'vitest';
import { citeText } from './cite';
import { provideStrings } from './ui-strings';

describe('a lesson tool naming its sources', () => {
  it('reads each label in the page language, joined; never an internal id', () => {
    provideStrings('it', { 'source.fisher2010': 'Fisher 2010', 'source.seed004-review': 'Salapura e Jeromel 2014', 'source.unknown': 'fonte del corso' });
    expect(citeText(['fisher2010', 'seed004-review'], 'it')).toBe('Fisher 2010; Salapura e Jeromel 2014');
    expect(citeText(['seed001-guideline'], 'it')).toBe('fonte del corso');
    expect(citeText(['nobody2099'], 'it')).toBe('nobody2099');
  });
});
