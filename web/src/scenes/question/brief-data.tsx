// A take-home brief's data table, as the question page and the practice screen both show it: the first
// column names each row, and a column of numbers is right-aligned, its heading with it, so the figures line
// up by place value.
import type { Question } from '../../api/types.js';

export type BriefDataTable = NonNullable<NonNullable<Question['brief']>['data']>;

export function BriefData({ data, className }: { data: BriefDataTable; className: string }) {
  const numeric = data.columns.map((_, i) => data.rows.every((row) => typeof row[i] === 'number'));
  return (
    <div className="table-scroll">
      <table className={className}>
        <caption>{data.caption}</caption>
        <thead>
          <tr>
            {data.columns.map((column, i) => (
              <th key={column} scope="col" className={numeric[i] ? 'number' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.join('\u0000')}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={data.columns[i]} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={data.columns[i]} className={typeof cell === 'number' ? 'number' : undefined}>
                    {typeof cell === 'number' ? cell.toLocaleString() : cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
