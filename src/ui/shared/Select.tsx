import type { Option } from '../../model';
import { Field } from './Field';

interface Props {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}

/** A labelled native select (the phone's own picker, one thumb). */
export function Select({ id, label, value, options, onChange }: Props) {
  return (
    <Field id={id} label={label}>
      <select id={id} name={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
