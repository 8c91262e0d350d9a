// The mapping from a selection in the rendered answer to offsets into the answer, and the sentences the
// keyboard chooses from.
import { afterEach, describe, expect, it } from 'vitest';
import { excerpt, selectionSpan, sentenceSpans, textOffset, trimSpan } from './text-selection.js';

function render(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection {
  const selection = window.getSelection();
  if (!selection) throw new Error('no selection in jsdom');
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

afterEach(() => {
  document.body.innerHTML = '';
  window.getSelection()?.removeAllRanges();
});

describe('textOffset', () => {
  it('counts the text before a point across marks wrapped around parts of the answer', () => {
    const root = render('We asked <mark>three users</mark> first. Then <mark>we <b>shipped</b></mark> it.');
    const marks = root.querySelectorAll('mark');
    const bold = root.querySelector('b') as HTMLElement;
    expect(textOffset(root, root.firstChild as Node, 3)).toBe(3);
    expect(textOffset(root, marks[0]?.firstChild as Node, 5)).toBe('We asked three'.length);
    expect(textOffset(root, bold.firstChild as Node, 4)).toBe(
      'We asked three users first. Then we ship'.length,
    );
  });

  it('takes an element boundary (a child index) as well as a text one', () => {
    const root = render('<span>ab</span><span>cd</span>');
    expect(textOffset(root, root, 1)).toBe(2);
    expect(textOffset(root, root, 2)).toBe(4);
  });

  it('is null for a point outside the answer', () => {
    const root = render('answer');
    const outside = render('elsewhere');
    expect(textOffset(root, outside.firstChild as Node, 2)).toBeNull();
  });

  it('counts UTF-16 code units, as the API does: an emoji is two', () => {
    const root = render('ok 👍 then');
    expect(textOffset(root, root.firstChild as Node, 6)).toBe(6);
    expect(root.textContent?.slice(0, 6)).toBe('ok 👍 ');
  });
});

describe('selectionSpan', () => {
  it('maps a selection across several marks to the answer offsets it covers', () => {
    const text = 'We asked three users first. Then we shipped it.';
    const root = render('We asked <mark>three users</mark> first. Then <mark>we shipped</mark> it.');
    const marks = root.querySelectorAll('mark');
    const span = selectionSpan(
      root,
      select(marks[0]?.firstChild as Node, 6, marks[1]?.firstChild as Node, 2),
    );
    expect(span).toEqual({ start: text.indexOf('users'), end: text.indexOf(' shipped') });
    expect(text.slice(span?.start, span?.end)).toBe('users first. Then we');
  });

  it('leaves out the white space at the edges of a selection', () => {
    const root = render('First point.\n\nSecond point.');
    const span = selectionSpan(root, select(root.firstChild as Node, 11, root.firstChild as Node, 16));
    expect(span).toEqual({ start: 11, end: 16 });
    expect(root.textContent?.slice(11, 16)).toBe('.\n\nSe');
    const spaces = selectionSpan(root, select(root.firstChild as Node, 12, root.firstChild as Node, 14));
    expect(spaces).toBeNull();
  });

  it('cuts a selection that runs past the answer at its edge', () => {
    const before = render('Heading outside');
    const root = render('The answer itself.');
    const after = render('Footer outside');
    const span = selectionSpan(root, select(before.firstChild as Node, 3, after.firstChild as Node, 4));
    expect(span).toEqual({ start: 0, end: 'The answer itself.'.length });
  });

  it('is null when nothing is selected, or only text elsewhere', () => {
    const root = render('The answer.');
    const other = render('Other text.');
    expect(selectionSpan(root, null)).toBeNull();
    expect(selectionSpan(root, select(root.firstChild as Node, 2, root.firstChild as Node, 2))).toBeNull();
    expect(selectionSpan(root, select(other.firstChild as Node, 0, other.firstChild as Node, 5))).toBeNull();
  });

  it('selects backwards as well as forwards', () => {
    const root = render('abc def ghi');
    const selection = window.getSelection() as Selection;
    selection.removeAllRanges();
    selection.setBaseAndExtent(root.firstChild as Node, 7, root.firstChild as Node, 4);
    expect(selectionSpan(root, selection)).toEqual({ start: 4, end: 7 });
  });
});

describe('sentenceSpans', () => {
  it('cuts after sentence ends and at line breaks, trimmed', () => {
    const text = 'I asked why. Users said “it is slow!” Then:\n- we cut steps\n\nResult? 12% more.';
    const sentences = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      'I asked why.',
      'Users said “it is slow!”',
      'Then:',
      '- we cut steps',
      'Result?',
      '12% more.',
    ]);
  });

  it('keeps decimals and a text without an end whole', () => {
    const text = 'Conversion rose from 2.5% to 3.1% in six weeks';
    expect(sentenceSpans(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('gives nothing for white space only', () => {
    expect(sentenceSpans('  \n\n ')).toEqual([]);
  });
});

describe('trimSpan and excerpt', () => {
  it('trims a span and drops one that holds only spaces', () => {
    expect(trimSpan('  ab  ', { start: 0, end: 6 })).toEqual({ start: 2, end: 4 });
    expect(trimSpan('    ', { start: 1, end: 3 })).toBeNull();
  });

  it('shortens a long passage at a word', () => {
    expect(excerpt('short one')).toBe('short one');
    expect(excerpt('one two three four five six', 14)).toBe('one two three…');
  });
});
