// What the coverage matrix shows for the API's coverage: cells at or below the bar, gaps and over-used
// stories said in words, stories outside the level's competencies left out of the columns.
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { StoryCoverage } from '../../api/client.js';
import { CoverageMatrix, cellState, coverageSummary, matrixColumns } from './coverage-matrix.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

const coverage: StoryCoverage = {
  level: 'pm2',
  rows: [
    { competency: 'failure', label: 'Failure', demand: 4, stories: [A], status: 'covered' },
    { competency: 'prioritisation', label: 'Prioritisation', demand: 2, stories: [B], status: 'weak' },
    { competency: 'owning-a-launch', label: 'Owning a launch', demand: 1, stories: [], status: 'gap' },
  ],
  columns: [
    {
      id: A,
      title: 'The failed launch',
      demonstrated: 'pm2',
      meetsBar: true,
      competencies: ['failure'],
      uses: 3,
      overused: true,
      reasons: ['Told in 3 mock rounds: practise another.'],
    },
    {
      id: B,
      title: 'Cutting the roadmap',
      demonstrated: 'apm',
      meetsBar: false,
      competencies: ['prioritisation'],
      uses: 0,
      overused: false,
      reasons: [],
    },
    {
      id: C,
      title: 'Mentoring',
      demonstrated: 'senior',
      meetsBar: true,
      competencies: [],
      uses: 0,
      overused: false,
      reasons: [],
    },
  ],
  gaps: ['owning-a-launch'],
  weak: ['prioritisation'],
  overused: [A],
};

const [failure, prioritisation, launch] = coverage.rows as [
  StoryCoverage['rows'][number],
  StoryCoverage['rows'][number],
  StoryCoverage['rows'][number],
];
const [failedLaunch, roadmap] = coverage.columns as [
  StoryCoverage['columns'][number],
  StoryCoverage['columns'][number],
];

describe('the coverage matrix decisions', () => {
  it('marks a tagged story at the bar, below it, or not at all', () => {
    expect(cellState(failure, failedLaunch)).toBe('at-bar');
    expect(cellState(prioritisation, roadmap)).toBe('below-bar');
    expect(cellState(launch, failedLaunch)).toBe('none');
    expect(cellState(failure, roadmap)).toBe('none');
  });

  it('leaves out stories tagged with none of the level’s competencies, unless flagged', () => {
    expect(matrixColumns(coverage).map((c) => c.title)).toEqual(['The failed launch', 'Cutting the roadmap']);
    const flagged = { ...coverage, columns: coverage.columns.map((c) => ({ ...c, overused: c.id === C })) };
    expect(matrixColumns(flagged).map((c) => c.id)).toContain(C);
  });

  it('sums the coverage in a sentence', () => {
    expect(coverageSummary(coverage)).toBe(
      '1 of 3 competencies covered by a story at the bar, 1 only below it, 1 with no story.',
    );
    expect(coverageSummary({ ...coverage, columns: [] })).toBe(
      'No stories yet: all 3 competencies these interviews ask about are gaps.',
    );
  });
});

describe('CoverageMatrix', () => {
  it('says every cell, status, gap and over-used story in words', () => {
    render(
      <MemoryRouter>
        <CoverageMatrix coverage={coverage} levelName="PM II" />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1] as HTMLElement).getByText('The failed launch shows it at the bar')).toBeTruthy();
    expect(
      within(rows[2] as HTMLElement).getByText('Cutting the roadmap shows it, below the bar'),
    ).toBeTruthy();
    expect(within(rows[3] as HTMLElement).getByText('No story')).toBeTruthy();
    expect(within(table).getByText('Over-used')).toBeTruthy();
    expect(within(table).queryByText('Mentoring')).toBeNull();
    expect(screen.getByText(/Gaps:/).parentElement?.textContent).toMatch(/Owning a launch/);
    expect(screen.getByText('Told in 3 mock rounds: practise another.', { exact: false })).toBeTruthy();
  });
});
