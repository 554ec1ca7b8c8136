import './about.css';
import { levelCap, metaExampleText, taxSources, totalCeiling } from '../../model';
import { assumptions } from '../../state/estimate';
import { salaryData } from '../../state/reference';
import { usd } from '../shared/format';
import { island } from '../shared/island';
import '../shared/textRuns'; // before this screen is drawn over its prerendered HTML

// The derivations and the calibration are computed from the model, and are most of the screen: they
// are prerendered, and drawn over in tasks of their own once the screen is up (src/ui/shared/island.tsx).
const Derivations = island(() => import('./Derivations').then((m) => m.Derivations));
const Calibration = island(() => import('./CalibrationTable').then((m) => m.loadCalibration()));
const Choices = island(() => import('./Choices').then((m) => m.Choices));

const countUnit = (u: string) => salaryData.figures.filter((f) => f.unit === u).length;

/** Sources, derivations, assumptions and the calibration table. */
export function AboutPage() {
  return (
    <section class="page about">
      <h1>About the data</h1>
      <h2>Source</h2>
      <p data-testid="about-source">
        Every salary figure comes from one document, the project’s seed: an overview of the Distinguished
        Machine Learning Engineer role (responsibilities, skills, career path and market). Its “Salary Ranges
        (US Market, 2024)” section gives most of the figures; its “Market Demand”, “Career Development” and
        “Overview” sections give a few more. Only the Salary Ranges section carries a year, so the others are
        dated 2024 by it. The document cites no underlying survey, sample or employer data, so no figure can
        be traced further than the document itself: weigh them as such.
      </p>
      <p>
        It gives {salaryData.figures.length} figures: {countUnit('USD/year')} amounts in US dollars a year,{' '}
        {countUnit('percent')} percentage (the Generative AI premium) and {countUnit('years')} span of years
        (a distinguished engineer’s experience). They were copied by hand into the app’s data, each with its
        section, and a test checks every one against the document’s text. Nothing you type leaves this device.
      </p>

      <h2>The model</h2>
      <p>
        Base = level band (refined by years) × location × company tier × specialization. Additional pay = base
        × the tier’s additional share: cash (bonus) for all companies, as the seed’s “additional cash
        compensation” is; bonus and stock at top tech, as the seed’s one top-tech example’s is (Meta:{' '}
        {metaExampleText}). Total = base + additional. Each multiplier is computed from the seed’s figures,
        under the labelled assumptions and modelling choices listed below. Where a result passes the seed’s
        largest figures (base over {usd(levelCap)}, total over {usd(totalCeiling)}) or its levels (above
        senior), the estimate says it is an extrapolation.
      </p>

      <Derivations />

      <h2>Assumptions</h2>
      <p>
        Where the seed is silent the model still needs a number or a rule. Each is labelled “assumption”
        wherever it is used; change the numbers in <a href="/settings">Settings</a>.
      </p>
      <Choices />

      <h2>Offers: market position</h2>
      <p>
        An offer is placed in the market for its own profile (level, location, tier, specialization), like
        with like: its base against the market base, and its yearly pay against the market’s total pay. The
        seed’s market additional pay is cash, so for all companies, startups and enterprises base + bonus is
        compared; the Meta example’s additional pay includes stock, so at top tech base + bonus + equity is
        compared. Sign-on (paid once) and the 401(k) match are never compared, and a part that was not entered
        (no bonus, no equity) is named beside the position. Offers with different profiles are not ranked
        against each other by percentile. The distribution behind a percentile is a two-piece log-normal: its
        median is the estimate’s typical value, and the estimate’s low and high sit at the{' '}
        {assumptions.value['percentile-low']}th and {assumptions.value['percentile-high']}th percentiles (an
        assumption that only places offers; it moves no dollar amount). Equity vests each year’s percentage
        evenly month by month after the cliff, and is valued at the grant value × (1 + growth)^year.
      </p>

      <h2>Taxes and prices</h2>
      <p>
        Take-home pay covers W-2 wages in every state and DC for tax years 2025 and 2026 (2026 unless you pick
        2025; years after 2026 use 2026’s rules), single or married filing jointly with one earner: federal
        brackets (IRS Rev. Proc. 2024-40 and 2025-32, P.L. 119-21), Social Security and Medicare (SSA, IRS
        Form 8959), each state’s income tax from its own starting point with its deductions, exemptions and
        credits, the employee share of its payroll programs (disability, family leave, long-term care,
        unemployment), and local income taxes: county taxes every resident pays (Maryland, Indiana) and a
        city’s tax by your tie to the city (New York City, Yonkers, Philadelphia, Pittsburgh, Detroit, the
        Ohio cities, Kansas City, St. Louis, Louisville, Portland’s Metro and Multnomah taxes and others):
        living there (the resident terms), or working there while living elsewhere in the same state (the
        non-resident terms where the city taxes non-residents: Philadelphia’s lower rate, Yonkers’ earnings
        tax, half the rate in Detroit; none for New York City). A place is where you live: commuting across a
        state line (New Jersey to Philadelphia or New York City) and the credits for tax paid to another city
        are left out. Federal tax takes the larger of the standard deduction and your state and local income
        taxes under the SALT cap ($40,000 for 2025, $40,400 for 2026, phased down at high incomes) — the only
        itemized deduction assumed. Those taxes include the state payroll contributions IRS counts as state
        income tax (Instructions for Schedule A, line 5a; Rev. Rul. 2025-4, for a state’s own paid-leave
        plan): California’s SDI, the disability and family-leave contributions of New Jersey, New York and
        Rhode Island, the employee unemployment contributions of Alaska, New Jersey and Pennsylvania, and the
        paid-leave premiums of Colorado, Connecticut, Delaware, Maine, Massachusetts, Minnesota, Oregon and
        Washington; and Oregon’s statewide transit tax, a state tax on wages. WA Cares, Vermont’s child care
        contribution and Hawaii’s TDI are left out (an assumption): neither of those IRS sources names them.
        Where a 2026 figure was not yet published, the data uses a projection and says how it was made. States
        that start from federal taxable income are computed as if the federal standard deduction were taken.
        The national average location includes federal and payroll taxes only. Cost of living uses the BEA
        Regional Price Parities ({taxSources.parity.dataYear} data) of the place itself: its metro area, its
        state, or the nation.
      </p>

      <h2>Calibration</h2>
      <Calibration />
      <p class="note" data-testid="version">
        Version {__APP_VERSION__}
      </p>
    </section>
  );
}
