// One filter of a list (the question bank, history) as a select: a choice among named values, or any of them.
export function FilterSelect<T extends string>({
  className,
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  className: string;
  label: string;
  /** The first option, which filters nothing: "All kinds", "Any verdict". */
  anyLabel: string;
  value: T | undefined;
  options: readonly { id: T; label: string }[];
  onChange: (value: T | undefined) => void;
}) {
  return (
    <label className={className}>
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || undefined) as T | undefined)}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
