// A wide table's box: it scrolls sideways on a narrow screen instead of the page, and, since it may
// scroll, a keyboard can reach it (focus, then the arrow keys) and a screen reader hears its name.
import type { ReactNode } from 'react';
import './scroll-table.css';

export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard.
    <section className="table-scroll scroll-table" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
