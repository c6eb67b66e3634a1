import { describe, expect, it } from 'vitest';
import { appliesIn } from './regions';

describe('appliesIn', () => {
  const euOnly = { regionsOnly: ['EEA', 'GB'] };
  it('keeps a European objection form for people in the EEA and the UK only', () => {
    expect(appliesIn(euOnly, 'DE')).toBe(true);
    expect(appliesIn(euOnly, 'NO')).toBe(true);
    expect(appliesIn(euOnly, 'GB')).toBe(true);
    expect(appliesIn(euOnly, 'US')).toBe(false);
  });

  it('drops a setting where it does not exist', () => {
    expect(appliesIn({ regionsNotApplicable: ['US'] }, 'US')).toBe(false);
    expect(appliesIn({ regionsNotApplicable: ['US'] }, 'CA')).toBe(true);
  });

  it('shows everything while the region is unknown', () => {
    expect(appliesIn(euOnly, undefined)).toBe(true);
  });
});
