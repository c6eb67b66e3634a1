import { Fragment, type ReactNode } from 'react';

type Values = Readonly<Record<string, string | number>>;

// A private-use character no message holds: marks where an element goes in the formatted text.
const SLOT = '\uE000';

/**
 * A message with some of its values as elements — an English title with `lang="en"` inside a German
 * sentence. The message is formatted with a marker in each element's place, then split there, so word
 * order and plurals stay the translator's.
 */
export function withElements(say: (values: Values) => string, elements: Readonly<Record<string, ReactNode>>): ReactNode[] {
  const names = Object.keys(elements);
  const text = say(Object.fromEntries(names.map((name, i) => [name, `${SLOT}${i}${SLOT}`])));
  return text.split(SLOT).map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{elements[names[Number(part)]!]}</Fragment> : part));
}
