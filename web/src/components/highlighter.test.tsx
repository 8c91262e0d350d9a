// The highlighter component: the answer rendered as inert text, evidence marked, the active group lit, a
// click or Enter on a mark opening its group, arrow keys between marks, and bad spans shown without marks.
import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { type EvidenceSpan, groupToOpen, Highlighter, type HighlighterHandle } from './highlighter.js';

const TEXT = 'Who are the users? Seniors living alone. Success is weekly orders.';
const at = (text: string) => TEXT.indexOf(text);
const span = (text: string, group: string, tone: 'for' | 'against' = 'for'): EvidenceSpan => ({
  start: at(text),
  end: at(text) + text.length,
  group,
  tone,
  label: `${group}: ${text}`,
});

const SPANS = [
  span('Who are the users?', 'problem'),
  span('Who are the users?', 'structure'),
  span('Seniors living alone.', 'users'),
  span('Success is weekly orders.', 'metrics'),
  span('weekly orders', 'users', 'against'),
];

function renderHighlighter(active: string | null = null, onActivate = vi.fn(), spans = SPANS, text = TEXT) {
  const view = render(
    <Highlighter text={text} spans={spans} active={active} onActivate={onActivate} label="Your answer" />,
  );
  const region = screen.getByRole('region', { name: 'Your answer' });
  const marks = () => [...region.querySelectorAll<HTMLElement>('[data-mark]')];
  return { ...view, region, marks, onActivate };
}

describe('groupToOpen', () => {
  it('opens the first group, or steps to the next when the active one is among them', () => {
    expect(groupToOpen(['a', 'b', 'c'], null)).toBe('a');
    expect(groupToOpen(['a', 'b', 'c'], 'x')).toBe('a');
    expect(groupToOpen(['a', 'b', 'c'], 'a')).toBe('b');
    expect(groupToOpen(['a', 'b', 'c'], 'c')).toBe('a');
    expect(groupToOpen(['a'], 'a')).toBe('a');
    expect(groupToOpen([], null)).toBeUndefined();
  });
});

describe('Highlighter', () => {
  it('renders the whole text once, with a mark for every stretch of evidence', () => {
    const { region, marks } = renderHighlighter();
    expect(region.textContent).toBe(TEXT);
    expect(marks().map((m) => m.textContent)).toEqual([
      'Who are the users?',
      'Seniors living alone.',
      'Success is ',
      'weekly orders',
      '.',
    ]);
    // One tab stop for all the marks (a roving tabindex), the first by default.
    expect(marks().map((m) => m.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    expect(marks()[0]?.getAttribute('title')).toBe(
      'problem: Who are the users?\nstructure: Who are the users?',
    );
  });

  it('colours a run of spaces between two passages of one span but makes it no stop', () => {
    const text = 'Goal first.  Then users.';
    const spans: EvidenceSpan[] = [
      { start: 0, end: text.length, group: 'structure', tone: 'for', label: 'structure' },
      { start: 0, end: 11, group: 'problem', tone: 'for', label: 'problem' },
      { start: 13, end: text.length, group: 'users', tone: 'for', label: 'users' },
    ];
    const { marks, region } = renderHighlighter(null, vi.fn(), spans, text);
    expect(marks().map((m) => m.textContent)).toEqual(['Goal first.', 'Then users.']);
    const gap = [...region.querySelectorAll('span.hl')].find((s) => s.textContent === '  ');
    expect(gap?.getAttribute('role')).toBeNull();
    expect(gap?.hasAttribute('tabindex')).toBe(false);
  });

  it('renders markup in an answer as literal text, never as elements', () => {
    const hostile = '<script>window.hacked = true</script><img src=x onerror="window.hacked = true"> ok';
    const { region } = renderHighlighter(
      null,
      vi.fn(),
      [{ start: 0, end: 8, group: 'g', tone: 'for', label: 'g' }],
      hostile,
    );
    expect(region.textContent).toBe(hostile);
    expect(region.querySelector('script, img')).toBeNull();
    expect((window as Window & { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('lights the active group, dims the rest, and styles evidence against it apart', () => {
    const { marks, rerender, onActivate } = renderHighlighter('users');
    const classes = () => marks().map((m) => m.className);
    expect(classes()).toEqual(['hl hl-off', 'hl hl-on', 'hl hl-off', 'hl hl-on hl-against', 'hl hl-off']);
    rerender(
      <Highlighter text={TEXT} spans={SPANS} active={null} onActivate={onActivate} label="Your answer" />,
    );
    expect(classes()).toEqual(['hl', 'hl', 'hl', 'hl', 'hl']);
  });

  it('marks overlapping spans of the active group deeper', () => {
    const spans = [span('Who are the users?', 'problem'), span('the users', 'problem')];
    const { marks } = renderHighlighter('problem', vi.fn(), spans);
    expect(marks().map((m) => [m.textContent, m.className])).toEqual([
      ['Who are ', 'hl hl-on'],
      ['the users', 'hl hl-on hl-deep'],
      ['?', 'hl hl-on'],
    ]);
  });

  it('opens the group of a clicked mark, stepping through groups that share it', () => {
    const onActivate = vi.fn();
    const { marks, rerender } = renderHighlighter(null, onActivate);
    fireEvent.click(marks()[0] as HTMLElement);
    expect(onActivate).toHaveBeenLastCalledWith('problem', 'pointer');
    rerender(
      <Highlighter text={TEXT} spans={SPANS} active="problem" onActivate={onActivate} label="Your answer" />,
    );
    fireEvent.click(marks()[0] as HTMLElement);
    expect(onActivate).toHaveBeenLastCalledWith('structure', 'pointer');
    fireEvent.click(marks()[1] as HTMLElement);
    expect(onActivate).toHaveBeenLastCalledWith('users', 'pointer');
  });

  it('moves between marks with the arrow keys and opens one with Enter or Space', () => {
    const { marks, onActivate } = renderHighlighter();
    const [first, second] = marks();
    first?.focus();
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(second);
    expect(marks().map((m) => m.tabIndex)).toEqual([-1, 0, -1, -1, -1]);
    fireEvent.keyDown(second as HTMLElement, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('.');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('.');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first as HTMLElement, { key: 'Enter' });
    expect(onActivate).toHaveBeenLastCalledWith('problem', 'keyboard');
    fireEvent.keyDown(second as HTMLElement, { key: ' ' });
    expect(onActivate).toHaveBeenLastCalledWith('users', 'keyboard');
  });

  it('makes the first mark of a group chosen elsewhere the tab stop', () => {
    const { marks, rerender, onActivate } = renderHighlighter();
    rerender(
      <Highlighter text={TEXT} spans={SPANS} active="metrics" onActivate={onActivate} label="Your answer" />,
    );
    expect(marks().map((m) => m.tabIndex)).toEqual([-1, -1, 0, -1, -1]);
  });

  it('focuses the mark holding an offset on request', () => {
    const ref = createRef<HighlighterHandle>();
    render(
      <Highlighter ref={ref} text={TEXT} spans={SPANS} active={null} onActivate={vi.fn()} label="Answer" />,
    );
    Element.prototype.scrollIntoView = vi.fn();
    expect(ref.current?.showSpan(at('Seniors'))).toBe(true);
    expect(document.activeElement?.textContent).toBe('Seniors living alone.');
    expect(ref.current?.showSpan(TEXT.length + 5)).toBe(false);
  });

  it('shows the answer unmarked, with a warning, when a span lies outside it', () => {
    const { region, marks } = renderHighlighter(null, vi.fn(), [
      { start: 0, end: 9999, group: 'g', tone: 'for', label: 'g' },
    ]);
    expect(region.textContent).toBe(TEXT);
    expect(marks()).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toMatch(
      /The evidence could not be marked in this answer \(Span 0 \[0, 9999\) does not lie inside/,
    );
  });

  it('renders a 100,000-character answer with thousands of marks in reasonable time', () => {
    const text = 'We asked which users churn and why. '.repeat(2_800).slice(0, 100_000);
    const spans: EvidenceSpan[] = [];
    for (let i = 0; i < 2_000; i++) {
      const start = i * 49;
      spans.push({ start, end: start + 20, group: `g${i % 7}`, tone: 'for', label: 'g' });
    }
    const began = performance.now();
    const { marks, region } = renderHighlighter('g3', vi.fn(), spans, text);
    // jsdom is far slower than a browser; this guards against a quadratic slip, not for the real figure.
    expect(performance.now() - began).toBeLessThan(4_000);
    expect(marks()).toHaveLength(2_000);
    expect(region.textContent).toBe(text);
  });
});
