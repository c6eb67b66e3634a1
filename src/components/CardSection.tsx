import type { ReactNode } from 'react';

/** A titled card; the heading names the region, so the id and its label can never drift apart. */
export function CardSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
