import type { JSX } from 'preact';
import type { OfferChoiceName, OfferFieldName, OfferFields, Option } from '../../model';

interface Props {
  f: OfferFields;
  /** The offer form's select for a choice field, and its text field for a typed one. */
  choice: (name: OfferChoiceName, label: string, options: readonly Option[]) => JSX.Element;
  num: (name: OfferFieldName, label: string, hint?: string) => JSX.Element;
  /** Only these fields are marked: the figures show the cash pay without this equity meanwhile. */
  leftOut?: boolean;
  /** None of the grant entered yet: asked for, not marked. */
  blank?: boolean;
}

const windows = [
  { id: '90-days', label: '90 days (the usual)' },
  { id: '5-years', label: '5 years' },
  { id: '7-years', label: '7 years' },
  { id: '10-years', label: '10 years' },
];

/** Stock options or private RSUs: the grant, the company's share prices, and the exits to weigh. */
export function PrivateEquityFields({ f, choice, num, leftOut, blank }: Props) {
  const options = f.equityKind === 'options';
  return (
    <>
      {leftOut && (
        <p class="note" data-testid="equity-left-out">
          Until the marked fields below are fixed, the {options ? 'options are' : 'private RSUs are'} left out
          of the figures: they show the cash pay.
        </p>
      )}
      {!leftOut && blank && (
        <p class="note" data-testid="equity-to-enter">
          Enter the {options ? 'options, their strike price' : 'RSUs'} and the fully diluted share count below
          to value the {options ? 'options' : 'private RSUs'}: until then the figures show the cash pay.
        </p>
      )}
      {options &&
        choice('optionType', 'Option type', [
          { id: 'iso', label: 'ISO (incentive stock options)' },
          { id: 'nso', label: 'NSO (non-qualified)' },
        ])}
      {num(
        'shares',
        options ? 'Options (shares)' : 'RSUs (shares)',
        'A count, or a percent of the fully diluted shares (e.g. 0.15%)',
      )}
      {num('fullyDiluted', 'Fully diluted shares (the company’s total)')}
      {options && num('strike', 'Strike price (USD a share)')}
      {num('fmv409a', '409A price (USD a share)', 'The common stock’s appraised value today')}
      {num('preferredPrice', 'Latest preferred price (USD a share)', 'What investors paid in the last round')}
      {options &&
        choice('earlyExercise', 'Early exercise with an 83(b) election', [
          { id: 'no', label: 'No: exercise at the exit' },
          { id: 'yes', label: 'Yes: buy all at grant, file 83(b)' },
        ])}
      {options && choice('exerciseWindow', 'Exercise window after leaving', windows)}
      <fieldset class="scenarios">
        <legend>Exits to weigh (before tax)</legend>
        {num(
          'dilutionPct',
          'Dilution from later rounds (%)',
          'The share of the company later rounds take; 0 if empty',
        )}
        {num(
          'preferenceStack',
          'Liquidation preferences ahead of common (USD, total)',
          '1× non-participating; 0 if empty',
        )}
        {num(
          'preferredShares',
          'Preferred shares today (optional)',
          'If known, preferred converts to common when that pays it more; if empty, the cautious reading',
        )}
        {(
          [
            ['fail', 'Fails'],
            ['modest', 'Modest exit'],
            ['strong', 'Strong exit'],
          ] as const
        ).map(([s, name]) => (
          <div class="scenario" key={s}>
            {num(`${s}Value`, `${name}: exit value (USD)`)}
            {num(`${s}Prob`, `${name}: probability (%)`)}
            {num(`${s}Year`, `${name}: year of the exit`, 'Years after you start; 4 if empty')}
          </div>
        ))}
      </fieldset>
    </>
  );
}
