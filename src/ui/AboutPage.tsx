import { salaryData } from '../data';
import {
  allAssumptions,
  calibrate,
  estimate,
  type Factor,
  levels,
  levelYears,
  locations,
  type Profile,
  specializations,
  TOLERANCE,
  taxSources,
  tiers,
} from '../model';
import { assumptions } from '../state/app';
import { CalibrationTable } from './CalibrationTable';
import { factorValue, usd } from './format';
import { SourceLabel } from './SourceLabel';

const base: Profile = { level: 'mid', location: 'us', tier: 'market', specialization: 'general' };

/** The factor the model uses for one choice, taken from the model itself so the page cannot drift. */
function factorFor(patch: Partial<Profile>, id: string): Factor | undefined {
  return estimate({ ...base, ...patch }, assumptions.value).factors.find((f) => f.id === id);
}

function FactorRows({ factors }: { factors: (Factor | undefined)[] }) {
  return (
    <ul class="derivations">
      {factors.map(
        (f) =>
          f && (
            <li key={f.label}>
              <span class="factor-label">{f.label}</span> <strong>{factorValue(f.value, f.unit)}</strong>
              <span class="sub">{f.formula}</span>
              <SourceLabel source={f.source} />
            </li>
          ),
      )}
    </ul>
  );
}

/** Sources, derivations, assumptions and the calibration table. */
export function AboutPage() {
  const rows = calibrate(assumptions.value);
  const passing = rows.filter((r) => r.status === 'pass').length;
  const conflicts = rows.filter((r) => r.status === 'conflict').length;
  return (
    <section class="page about">
      <h1>About the data</h1>
      <h2>Source</h2>
      <p>
        Every salary figure comes from one document, the project’s seed: “{salaryData.source.title}”. Its
        “Salary Ranges (US Market, 2024)”, “Total Compensation”, “Market Demand” and “Compensation” sections
        give {salaryData.figures.length} figures, all in US dollars a year, dated 2024. Where a section states
        no year of its own, the document’s 2024 is used. Nothing you type leaves this device.
      </p>

      <h2>The model</h2>
      <p>
        Base = level band (refined by years) × location × company tier × specialization. Additional pay (bonus
        and equity) = base × the tier’s additional share. Total = base + additional. Each multiplier is
        computed from the figures below, never typed in. Low and high stand for the{' '}
        {assumptions.value['percentile-low']}th and {assumptions.value['percentile-high']}th percentiles and
        typical for the median (an assumption).
      </p>

      <h3>Level bands (US, all companies)</h3>
      <ul class="derivations">
        {levels.map((l) => {
          const e = estimate({ ...base, level: l.id }, assumptions.value);
          const f = e.factors.find((x) => x.id === 'level');
          const span = levelYears[l.id];
          return (
            <li key={l.id}>
              <span class="factor-label">{l.label}</span>{' '}
              <strong>
                {usd(e.base.low)} – {usd(e.base.high)}
              </strong>
              , typical {usd(e.base.typical)}
              <span class="sub">{f?.formula}</span>
              <span class="sub">
                Typical years: {span.from}–{span.to} (
                {span.source === 'assumption' ? 'assumption' : 'from data'})
              </span>
              <span class={`source source-${l.extrapolated ? 'assumption' : 'data'}`}>
                {l.extrapolated ? 'extrapolated: lower confidence' : `from data: ${f?.source.ref}`}
              </span>
            </li>
          );
        })}
      </ul>

      <h3>Location</h3>
      <FactorRows factors={locations.map((l) => factorFor({ location: l.id }, 'location'))} />
      <h3>Company tier</h3>
      <FactorRows
        factors={tiers.flatMap((t) => [
          factorFor({ tier: t.id }, 'tier'),
          factorFor({ tier: t.id }, 'additional-share'),
        ])}
      />
      <h3>Specialization</h3>
      <FactorRows
        factors={specializations.map((s) => factorFor({ specialization: s.id }, 'specialization'))}
      />

      <h2>Assumptions</h2>
      <p>
        Where the seed is silent the model still needs a number. These are labelled “assumption” everywhere
        they are used; change them in <a href="/settings">Settings</a>.
      </p>
      <details>
        <summary>
          <h3>All {allAssumptions.length} assumptions</h3>
        </summary>
        <ul class="derivations">
          {allAssumptions.map((a) => (
            <li key={a.id}>
              <span class="factor-label">{a.label}</span>{' '}
              <strong>{Number((assumptions.value[a.id] ?? a.default).toFixed(4))}</strong>
              {a.derivation && <span class="sub">Default derived: {a.derivation}</span>}
              <span class="sub">{a.rationale}</span>
              <span class="source source-assumption">assumption</span>
            </li>
          ))}
        </ul>
      </details>

      <h2>Offers: market position</h2>
      <p>
        An offer’s percentile places its pay (base, bonus, sign-on and equity; the 401(k) match is left out,
        as the market figures have none) in the market estimate of total pay for the offer’s own profile. The
        distribution behind it is a two-piece log-normal: its median is the estimate’s typical value, and the
        estimate’s low and high sit at the {assumptions.value['percentile-low']}th and{' '}
        {assumptions.value['percentile-high']}th percentiles, each side with its own spread. Equity vests each
        year’s percentage evenly month by month after the cliff, and is valued at the grant value × (1 +
        growth)^year.
      </p>

      <h2>Taxes and prices</h2>
      <p>
        Take-home pay uses tax year 2025 rules for W-2 wages with the standard deduction: federal brackets
        (IRS Rev. Proc. 2024-40 as amended by P.L. 119-21), Social Security and Medicare (SSA, IRS Form 8959),
        and the state and city rules of California (FTB 540, EDD), New York State and City (IT-201),
        Massachusetts (Form 1), Illinois (IL-1040), Washington (WA Cares, PFML) and Texas. The national
        average location includes federal and payroll taxes only. Cost of living uses the BEA Regional Price
        Parities ({taxSources.parity.dataYear} data): the metro area for a city, the state for a state.
      </p>

      <h2>Calibration</h2>
      <p>
        Each seed figure is held against the model for the profile it describes: inside the seed’s range where
        it gives a range, within ±{TOLERANCE * 100}% where it gives a point. {passing} of {rows.length}{' '}
        comparisons pass; {conflicts} are figures that contradict other seed figures, documented below with
        the choice the model makes.
      </p>
      <CalibrationTable rows={rows} />
      <p class="note" data-testid="version">
        Version {__APP_VERSION__}
      </p>
    </section>
  );
}
