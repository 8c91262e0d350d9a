// The answer as written, with its evidence marked: every span of every dimension underlined, the active
// dimension's spans lit up ('against' evidence in its own style), and a click (or Enter) on a mark opening
// its dimension. The answer is only ever text: React escapes it, so markup in an answer shows literally.
import {
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type Segment, type Span, segmentsOf } from './highlighter-segments.js';
import './highlighter.css';

export interface EvidenceSpan extends Span {
  /** The group a span belongs to: a dimension id on the report. */
  group: string;
  tone: 'for' | 'against';
  /** Said on hover, e.g. "Problem definition: clarifying question". */
  label: string;
}

export interface HighlighterHandle {
  /** Moves focus to the mark holding `start` and scrolls it into view; false when there is none. */
  showSpan: (start: number) => boolean;
}

/** The groups of a segment, each once, in the order their spans were given. */
function groupsOf(segment: Segment<EvidenceSpan>): string[] {
  return [...new Set(segment.spans.map((s) => s.group))];
}

/**
 * Which group a click on a segment opens: the first of its groups, or, when the active group is one of
 * them, the next one, so that clicking a passage several dimensions share steps through all of them.
 */
export function groupToOpen(groups: string[], active: string | null): string | undefined {
  const at = active === null ? -1 : groups.indexOf(active);
  return at === -1 ? groups[0] : groups[(at + 1) % groups.length];
}

/** Evidence with something to read. A run of spaces between two passages keeps their colour but is no stop. */
function isMark(segment: Segment<EvidenceSpan>): boolean {
  return segment.spans.length > 0 && segment.text.trim() !== '';
}

function markIn(box: HTMLElement | null, mark: number): HTMLElement | null {
  return box?.querySelector<HTMLElement>(`[data-mark="${mark}"]`) ?? null;
}

function markClass(segment: Segment<EvidenceSpan>, active: string | null): string {
  const classes = ['hl'];
  const mine = active === null ? segment.spans : segment.spans.filter((s) => s.group === active);
  if (active !== null) classes.push(mine.length ? 'hl-on' : 'hl-off');
  if (mine.length && mine.every((s) => s.tone === 'against')) classes.push('hl-against');
  if (active !== null && mine.length > 1) classes.push('hl-deep');
  return classes.join(' ');
}

export function Highlighter({
  text,
  spans,
  active,
  onActivate,
  label,
  ref,
}: {
  text: string;
  spans: EvidenceSpan[];
  active: string | null;
  onActivate: (group: string, how: 'pointer' | 'keyboard') => void;
  /** Names the region for assistive technology, e.g. "Your answer, revision 2". */
  label: string;
  ref?: Ref<HighlighterHandle>;
}) {
  const result = useMemo(() => {
    try {
      return { segments: segmentsOf(text, spans), error: null };
    } catch (error) {
      return { segments: [{ start: 0, end: text.length, text, spans: [] }], error: error as Error };
    }
  }, [text, spans]);
  // Only marked segments take part in keyboard navigation; `marks[i]` is the segment index of mark i.
  const marks = useMemo(
    () => result.segments.flatMap((segment, index) => (isMark(segment) ? [index] : [])),
    [result.segments],
  );
  const [focusMark, setFocusMark] = useState(0);
  const container = useRef<HTMLElement>(null);
  const fromMark = useRef(false);
  const helpId = useId();

  const markElement = (mark: number) => markIn(container.current, mark);

  // When a dimension is chosen elsewhere, its first mark becomes the keyboard stop and, if the answer
  // scrolls in its own box, comes into view there; the page itself does not jump away from the reader.
  useEffect(() => {
    if (active === null) return;
    if (fromMark.current) {
      fromMark.current = false;
      return;
    }
    const first = marks.findIndex((segment) =>
      result.segments[segment]?.spans.some((s) => s.group === active),
    );
    if (first === -1) return;
    setFocusMark(first);
    const box = container.current;
    const element = markIn(box, first);
    if (box && element && box.scrollHeight > box.clientHeight) {
      const top = element.offsetTop - box.offsetTop;
      if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 40) {
        box.scrollTo({ top: Math.max(0, top - 80), behavior: 'smooth' });
      }
    }
  }, [active, marks, result.segments]);

  useImperativeHandle(
    ref,
    () => ({
      showSpan: (start: number) => {
        const mark = marks.findIndex((segment) => {
          const s = result.segments[segment];
          return s !== undefined && s.start <= start && start < s.end;
        });
        const element = mark === -1 ? null : markIn(container.current, mark);
        if (!element) return false;
        setFocusMark(mark);
        element.focus({ preventScroll: true });
        element.scrollIntoView({ block: 'center', behavior: 'smooth' });
        return true;
      },
    }),
    [marks, result.segments],
  );

  const activate = (mark: number, how: 'pointer' | 'keyboard') => {
    const segment = result.segments[marks[mark] ?? -1];
    if (!segment) return;
    const group = groupToOpen(groupsOf(segment), active);
    if (group === undefined) return;
    setFocusMark(mark);
    fromMark.current = true;
    onActivate(group, how);
  };

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-mark]');
    if (target) activate(Number(target.dataset.mark), 'pointer');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-mark]');
    if (!target) return;
    const mark = Number(target.dataset.mark);
    const moves: Record<string, number> = {
      ArrowRight: mark + 1,
      ArrowDown: mark + 1,
      ArrowLeft: mark - 1,
      ArrowUp: mark - 1,
      Home: 0,
      End: marks.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(mark, 'keyboard');
    } else if (event.key in moves) {
      event.preventDefault();
      const next = Math.max(0, Math.min(marks.length - 1, moves[event.key] as number));
      setFocusMark(next);
      markElement(next)?.focus();
    }
  };

  const tabStop = Math.min(focusMark, Math.max(0, marks.length - 1));
  let mark = -1;
  return (
    <div className="highlighter">
      {result.error ? (
        <p className="alert alert-warn" role="status">
          The evidence could not be marked in this answer ({result.error.message}). The answer is shown as
          written.
        </p>
      ) : null}
      <p id={helpId} className="visually-hidden">
        Marked passages are evidence. Use the arrow keys to move between them and Enter to open their
        dimension.
      </p>
      {/* Events are delegated to the box: one handler for any number of marks in a long answer. */}
      <section
        ref={container}
        className="highlighter-text"
        aria-label={label}
        aria-describedby={helpId}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        {result.segments.map((segment) => {
          if (!segment.spans.length) return segment.text;
          if (!isMark(segment)) {
            return (
              <span key={segment.start} className={markClass(segment, active)}>
                {segment.text}
              </span>
            );
          }
          mark += 1;
          return (
            // Not a <button>: evidence is inline text that must wrap across lines like the rest of the answer.
            // biome-ignore lint/a11y/useSemanticElements: see above.
            <span
              key={segment.start}
              data-mark={mark}
              className={markClass(segment, active)}
              role="button"
              tabIndex={mark === tabStop ? 0 : -1}
              title={[...new Set(segment.spans.map((s) => s.label))].join('\n')}
            >
              {segment.text}
            </span>
          );
        })}
      </section>
    </div>
  );
}
