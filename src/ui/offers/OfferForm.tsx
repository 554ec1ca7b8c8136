import {
  isLevelId,
  isOfferChoice,
  levels,
  normalizedText,
  type OfferChoiceName,
  type OfferFieldName,
  type OfferFields,
  type Option,
  offerFieldRules,
  specializations,
  tiers,
  type VestingChoice,
  vestingChoices,
  vestingPresetIds,
  vestingPresets,
} from '../../model';
import type { OfferRecord } from '../../model/domain';
import { clawbackRules } from '../../model/equity/benefits';
import { isPrivateEquityField } from '../../model/equity/offerEquity';
import type { OfferErrors } from '../../state/offers';
import { describedBy, Field } from '../shared/Field';
import { LazyPlacePicker } from '../shared/LazyPlacePicker';
import { NumField } from '../shared/NumField';
import { Select } from '../shared/Select';
import { PrivateEquityFields } from './PrivateEquityFields';

const clawbackOptions = [
  { id: 'per-year', label: 'Not stated: kept year by year (assumed)' },
  { id: 'none', label: 'None: yours once paid' },
  ...Object.entries(clawbackRules).map(([id, r]) => ({ id, label: r.label })),
];
const equityKindOptions = [
  { id: 'public-rsu', label: 'RSUs, public company' },
  { id: 'private-rsu', label: 'RSUs, private company (pay at an exit)' },
  { id: 'options', label: 'Stock options' },
];

/**
 * Where fixing a form starts: its first marked field, else the field named (startup equity only to fill
 * in marks nothing: its shares). Compare's links to an offer's page and a shared link's headings use it.
 */
export const firstToFix = (root: ParentNode, fallbackId?: string): HTMLElement | null =>
  root.querySelector<HTMLElement>('[aria-invalid="true"]') ??
  (fallbackId ? root.querySelector<HTMLElement>(`#${fallbackId}`) : null);

/** A change to an offer: its fields, company or profile. */
export type OfferPatch = Partial<Pick<OfferRecord, 'company' | 'profile' | 'fields'>>;

interface Props {
  record: OfferRecord;
  errors: OfferErrors;
  /** Applies a change: saves it for a saved offer, keeps it on the screen for a shared one. */
  onEdit: (patch: OfferPatch) => void;
  /** Starts every field's id: more than one form on a page needs its own (and its own `label`). */
  idPrefix?: string;
  label?: string;
  /** A note under the base salary (a new offer's prefilled base says so). */
  baseHint?: string;
  /** Options or private RSUs chosen and none of their grant entered (the view's `equityBlank`). */
  equityBlank?: boolean;
}

const vestingLabel = (id: VestingChoice) => (id === 'custom' ? 'Custom schedule' : vestingPresets[id].label);

/** Every field of one offer, each change passed on as the user types. */
export function OfferForm({
  record,
  errors,
  onEdit,
  idPrefix = 'offer',
  label = 'Offer details',
  baseHint,
  equityBlank,
}: Props) {
  const f = record.fields;
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = (patch: Partial<OfferFields>) => onEdit({ fields: { ...f, ...patch } });
  const setProfile = (patch: Partial<OfferRecord['profile']>) =>
    onEdit({ profile: { ...record.profile, ...patch } });
  const choice = (name: OfferChoiceName, label: string, options: readonly Option[]) => (
    <Select
      id={id(name)}
      label={label}
      value={f[name]}
      options={options}
      onChange={(v) => isOfferChoice(name, v) && set({ [name]: v })}
    />
  );
  const num = (name: OfferFieldName, label: string, hint?: string) => (
    <NumField
      id={id(name)}
      label={label}
      value={f[name]}
      error={errors[name]}
      reads={
        name === 'customPct' || name === 'shares' ? undefined : normalizedText(f[name], offerFieldRules[name])
      }
      {...(hint ? { hint } : {})}
      onInput={(value) => set({ [name]: value })}
    />
  );
  return (
    <form class="offer-form" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      <Field id={id('company')} label="Company">
        <input
          id={id('company')}
          type="text"
          autoComplete="organization"
          maxLength={80}
          value={record.company}
          onInput={(e) => onEdit({ company: e.currentTarget.value })}
        />
      </Field>
      <fieldset>
        <legend>Role (for the market position)</legend>
        <Select
          id={id('level')}
          label="Level"
          value={record.profile.level}
          options={levels}
          onChange={(level) => isLevelId(level) && setProfile({ level })}
        />
        <LazyPlacePicker
          id={id('location')}
          label="Location"
          value={record.profile.location}
          onChange={(location) => setProfile({ location })}
          error={errors.location}
        />
        <Select
          id={id('tier')}
          label="Company tier"
          value={record.profile.tier}
          options={tiers}
          onChange={(tier) => setProfile({ tier })}
        />
        <Select
          id={id('specialization')}
          label="Specialization"
          value={record.profile.specialization}
          options={specializations}
          onChange={(specialization) => setProfile({ specialization })}
        />
      </fieldset>
      <fieldset>
        <legend>Cash</legend>
        {num('base', 'Base salary (USD a year)', baseHint)}
        {num('bonusPct', 'Target bonus (% of base)')}
        {num('signOn1', 'Sign-on bonus, year 1 (USD)')}
        {num('signOn2', 'Sign-on bonus, year 2 (USD)')}
        {choice('clawback', 'Sign-on clawback', clawbackOptions)}
      </fieldset>
      <fieldset>
        <legend>Equity</legend>
        {choice('equityKind', 'Kind of equity', equityKindOptions)}
        {f.equityKind === 'public-rsu' && num('grant', 'Equity grant (USD value at grant)')}
        {f.equityKind !== 'public-rsu' && (
          <PrivateEquityFields
            f={f}
            choice={choice}
            num={num}
            leftOut={Object.keys(errors).length > 0 && Object.keys(errors).every(isPrivateEquityField)}
            blank={equityBlank}
          />
        )}
        {choice(
          'vesting',
          'Vesting schedule',
          vestingChoices.map((v) => ({ id: v, label: vestingLabel(v) })),
        )}
        {f.vesting === 'custom' && (
          <>
            <Field
              id={id('customPct')}
              label="Percent vesting each year"
              hint="e.g. 25, 25, 25, 25; must add up to 100"
              error={errors.customPct}
            >
              <input
                id={id('customPct')}
                type="text"
                inputMode="decimal"
                value={f.customPct}
                aria-invalid={errors.customPct ? 'true' : undefined}
                aria-describedby={describedBy(id('customPct'), true, Boolean(errors.customPct))}
                onInput={(e) => set({ customPct: e.currentTarget.value })}
              />
            </Field>
            {num('cliffMonths', 'Cliff (months)')}
          </>
        )}
        {f.equityKind === 'public-rsu' && (
          <>
            {num('growthPct', 'Equity growth (% a year, may be negative)', 'Assumption: 0 if empty')}
            {num('refresher', 'Yearly refresher grant (USD)', 'A new grant at each anniversary')}
            {choice(
              'refresherVesting',
              'Refresher vesting',
              vestingPresetIds.map((v) => ({ id: v, label: vestingLabel(v) })),
            )}
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>Retirement and benefits</legend>
        {num('matchPct', '401(k) match (% of base)')}
        {num('matchCap', 'Match cap (USD a year, optional)')}
        {num('esppPct', 'ESPP contribution (% of base)', 'Employee stock purchase plan; empty if none')}
        {f.esppPct.trim() !== '' && (
          <>
            {num('esppDiscountPct', 'ESPP discount (%)', 'Usually 15%; at most 15% under IRC 423')}
            {choice('esppLookback', 'ESPP lookback', [
              { id: 'no', label: 'No: the purchase-date price' },
              { id: 'yes', label: 'Yes: the lower of the offering and purchase prices' },
            ])}
          </>
        )}
        {num('hsa', 'Employer HSA contribution (USD a year)', 'Empty if none')}
        {f.hsa.trim() !== '' &&
          choice('hsaCoverage', 'HSA coverage', [
            { id: 'self', label: 'Self-only' },
            { id: 'family', label: 'Family' },
          ])}
      </fieldset>
    </form>
  );
}
