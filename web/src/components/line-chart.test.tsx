import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LineChart, type LineChartPoint } from './line-chart.js';

const points: LineChartPoint[] = [
  { key: 'a', label: '3 Mar', value: 2, reference: 3, description: '3 Mar: 2' },
  { key: 'b', label: '3 Mar', value: 3, reference: 3, description: '3 Mar: 3' },
  { key: 'c', label: '9 Mar', value: 4, reference: 3, description: '9 Mar: 4' },
];

function chart(list = points) {
  return render(
    <LineChart
      title="Metrics and data"
      summary="Latest 4 of 4 against a bar of 3."
      points={list}
      yDomain={[1, 4]}
      yTicks={[1, 2, 3, 4].map((value) => ({ value, label: String(value) }))}
      valueName="Your score"
      referenceName="PM II bar"
    >
      <table>
        <tbody>
          <tr>
            <td>the numbers</td>
          </tr>
        </tbody>
      </table>
    </LineChart>,
  );
}

describe('LineChart', () => {
  it('is a figure named by its title, with its summary and its table as the text alternative', () => {
    chart();
    const figure = screen.getByRole('figure', { name: 'Metrics and data' });
    expect(within(figure).getByText('Latest 4 of 4 against a bar of 3.')).toBeTruthy();
    expect(within(figure).getByRole('table')).toBeTruthy();
    const image = within(figure).getByRole('img', { name: 'Metrics and data' });
    expect(image.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('draws a dot per point, a line through them and the bar, marking points under the bar', () => {
    const { container } = chart();
    expect(container.querySelectorAll('circle')).toHaveLength(3);
    expect(container.querySelectorAll('circle.under')).toHaveLength(1);
    expect(container.querySelector('path.series')?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+ L/);
    expect(container.querySelector('path.reference')).not.toBeNull();
    expect([...container.querySelectorAll('circle title')].map((t) => t.textContent)).toEqual([
      '3 Mar: 2',
      '3 Mar: 3',
      '9 Mar: 4',
    ]);
  });

  it('says a date once when neighbouring points share it', () => {
    const { container } = chart();
    expect([...container.querySelectorAll('text.x-label')].map((t) => t.textContent)).toEqual([
      '3 Mar',
      '9 Mar',
    ]);
  });

  it('puts the higher score higher on the screen', () => {
    const { container } = chart();
    const [low, , high] = [...container.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')));
    expect(high).toBeLessThan(low ?? 0);
  });

  it('draws one point without a line', () => {
    const { container } = chart(points.slice(0, 1));
    expect(container.querySelectorAll('circle')).toHaveLength(1);
    expect(container.querySelector('path.series')).toBeNull();
  });
});
