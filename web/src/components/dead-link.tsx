// What a review link or a coach invite that no longer works says: expired, withdrawn, never valid or cut
// short, in words, with the way back.
import { Link } from 'react-router';
import { ApiError } from '../api/client.js';

export type LinkWhat = 'review link' | 'coach invite';

/** The heading for a dead link, from the API's error code ('broken': a token cut short; 'missing': none). */
export function deadLinkTitle(code: string, what: LinkWhat): string {
  if (code === 'link_expired') return `This ${what} has expired`;
  if (code === 'link_revoked') return `This ${what} was withdrawn`;
  if (code === 'link_not_found' || code === 'broken') return `This ${what} does not work`;
  if (code === 'missing') return `No ${what} here`;
  return `The ${what} could not be opened`;
}

export function DeadLink({ error, what }: { error: unknown; what: LinkWhat }) {
  const code = error instanceof ApiError ? error.code : '';
  const title = deadLinkTitle(code, what);
  return (
    <div className="page narrow dead-link">
      <h1>{title}</h1>
      <p className="lead">
        {code === 'broken'
          ? 'The link is cut short: copy all of it from the message it came in, or ask for it again.'
          : code === 'missing'
            ? `This page opens a ${what}: open the whole link you were sent.`
            : error instanceof ApiError
              ? error.message
              : 'Something went wrong. Try again in a moment.'}
      </p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </div>
  );
}
