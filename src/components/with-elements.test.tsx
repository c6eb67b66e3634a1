import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/translate';
import { withElements } from './with-elements';

describe('a message with elements among its values', () => {
  it('puts each element where the translator’s pattern puts its value, plurals and all', () => {
    const pattern = '„{title}“ als {status} markiert – {count, plural, one {# Einstellung} other {# Einstellungen}} offen.';
    const { container } = render(
      <p>{withElements((values) => formatMessage(pattern, { ...values, status: 'erledigt', count: 2 }, 'de'), { title: <span lang="en">Data for ads</span> })}</p>,
    );
    expect(container.textContent).toBe('„Data for ads“ als erledigt markiert – 2 Einstellungen offen.');
    expect(container.querySelector('[lang="en"]')).toHaveTextContent('Data for ads');
  });
});
