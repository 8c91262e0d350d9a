// The "Kind" filter of a list (the question bank, history): every kind of question, or all of them.
import type { Kind, KindId } from '../../api/types.js';

export function KindSelect({
  className,
  kinds,
  value,
  onChange,
}: {
  className: string;
  kinds: Kind[] | undefined;
  value: KindId | undefined;
  onChange: (kind: KindId | undefined) => void;
}) {
  return (
    <label className={className}>
      <span>Kind</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || undefined) as KindId | undefined)}
      >
        <option value="">All kinds</option>
        {(kinds ?? []).map((kind) => (
          <option key={kind.id} value={kind.id}>
            {kind.label}
          </option>
        ))}
      </select>
    </label>
  );
}
