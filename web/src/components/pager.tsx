// Paging of a long list: where the reader is ("21–40 of 87") and links to the pages either side. Links
// rather than buttons, because each page has its own URL (shareable, and the back button returns to it).
import { Link } from 'react-router';
import './pager.css';

export function pageRange(page: number, pageSize: number, total: number): { first: number; last: number } {
  const first = (page - 1) * pageSize + 1;
  if (first > total) return { first: 0, last: 0 };
  return { first, last: Math.min(first + pageSize - 1, total) };
}

export function pageCount(pageSize: number, total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function Pager({
  page,
  pageSize,
  total,
  hrefFor,
  label,
  noun,
  resultsId,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
  /** Names the navigation landmark, e.g. "Pages of questions". */
  label: string;
  /** Plural, e.g. "questions". */
  noun: string;
  /**
   * The element above the list (focusable, tabIndex -1) that takes the focus on a page change, so the
   * reader starts the new page at its top instead of at the pager below it.
   */
  resultsId?: string;
}) {
  const toTop = () => {
    const results = resultsId ? document.getElementById(resultsId) : null;
    if (results) {
      results.focus({ preventScroll: true });
      results.scrollIntoView({ block: 'start' });
    } else window.scrollTo(0, 0);
  };
  const pages = pageCount(pageSize, total);
  const { first, last } = pageRange(page, pageSize, total);
  if (total <= pageSize && page === 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? (
        <Link className="button" to={hrefFor(Math.min(page - 1, pages))} rel="prev" onClick={toTop}>
          <span aria-hidden="true">←</span> Previous
        </Link>
      ) : (
        <span className="pager-spacer" />
      )}
      <p className="pager-where">
        {first > 0 ? `${first}–${last} of ${total} ${noun}` : `No ${noun} on page ${page}`}
        <span className="muted">
          {' '}
          · page {page} of {pages}
        </span>
      </p>
      {page < pages ? (
        <Link className="button" to={hrefFor(page + 1)} rel="next" onClick={toTop}>
          Next <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className="pager-spacer" />
      )}
    </nav>
  );
}
