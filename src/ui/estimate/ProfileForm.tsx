import { isLevelId, levels, specializations, tiers } from '../../model/options';
import { inputs, setInputs, years } from '../../state/app';
import { describedBy, Field } from '../shared/Field';
import { LazyPlacePicker } from '../shared/LazyPlacePicker';
import { Select } from '../shared/Select';

/** The estimate inputs: level, years, location, company tier, specialization. */
export function ProfileForm() {
  const v = inputs.value;
  const y = years.value;
  const error = y.ok ? undefined : y.message;
  const hint = 'Optional: refines pay within the level. 0–50.';
  return (
    <form class="profile" aria-label="Your profile" onSubmit={(e) => e.preventDefault()}>
      <Select
        id="level"
        label="Level"
        value={v.level}
        options={levels}
        onChange={(level) => isLevelId(level) && setInputs({ level })}
      />
      <Field id="years" label="Years of experience" hint={hint} error={error}>
        <input
          id="years"
          name="years"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          placeholder="e.g. 6"
          value={v.yearsText}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy('years', true, Boolean(error))}
          onInput={(e) => setInputs({ yearsText: e.currentTarget.value })}
        />
      </Field>
      <LazyPlacePicker
        id="location"
        label="Location"
        value={v.location}
        onChange={(location) => setInputs({ location })}
      />
      <Select
        id="tier"
        label="Company tier"
        value={v.tier}
        options={tiers}
        onChange={(tier) => setInputs({ tier })}
      />
      <Select
        id="specialization"
        label="Specialization"
        value={v.specialization}
        options={specializations}
        onChange={(specialization) => setInputs({ specialization })}
      />
    </form>
  );
}
