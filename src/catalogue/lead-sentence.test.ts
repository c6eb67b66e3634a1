import { describe, expect, it } from 'vitest';
import { splitLead } from './lead-sentence';

describe('splitLead', () => {
  it('takes the first sentence as the lead and keeps the rest', () => {
    expect(splitLead('While this is on, data trains AI. Turning it off keeps future data out.')).toEqual({
      lead: 'While this is on, data trains AI.',
      rest: 'Turning it off keeps future data out.',
    });
  });

  it('does not end a sentence at an abbreviation followed by a lower-case word', () => {
    expect(splitLead('Some data, e.g. your posts, is used. More here.')).toEqual({ lead: 'Some data, e.g. your posts, is used.', rest: 'More here.' });
  });

  it('keeps a closing quote with its sentence, and a single sentence whole', () => {
    expect(splitLead('It says “off.” Then it resets.')).toEqual({ lead: 'It says “off.”', rest: 'Then it resets.' });
    expect(splitLead('Just one sentence.')).toEqual({ lead: 'Just one sentence.' });
  });
});
