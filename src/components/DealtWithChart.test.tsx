import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { progressOf } from '../audit/progress';
import { DealtWithChart } from './DealtWithChart';

const at = '2026-11-23T10:00:00.000Z';
const progress = progressOf(
  ['p.a', 'p.b', 'p.c', 'p.d'].map((id) => ({ id })),
  { 'p.a': { status: 'done', at }, 'p.b': { status: 'not-applicable', at }, 'p.c': { status: 'skipped', at } },
);

describe('the dealt-with chart', () => {
  it('gives screen readers a table with the same numbers, and hides the drawing from them', () => {
    render(<DealtWithChart title="By platform" nameHeader="Platform" rows={[{ key: 'p', label: 'Demo', progress }]} />);
    const figure = screen.getByRole('figure', { name: 'By platform' });
    const table = within(figure).getByRole('table');
    const row = within(table).getByRole('row', { name: /Demo/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '1', '2', '2 of 4 (50%)']);
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Platform', 'Done', 'Not applicable', 'Still open', 'Dealt with']);
    const svg = figure.querySelector('svg')!;
    expect(svg.closest('[aria-hidden="true"]')).not.toBeNull();
    expect([...svg.querySelectorAll('rect')].map((r) => r.getAttribute('width'))).toEqual(['100', '25', '25']);
  });
});
