import {
  estimate,
  type Factor,
  levelSpan,
  levels,
  locations,
  type Profile,
  specializations,
  tiers,
} from '../../model';
import { assumptions } from '../../state/estimate';
import { factorValue, usd } from '../shared/format';
import { SourceLabel } from '../shared/SourceLabel';
import { LocationFit } from './LocationFit';

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

/** How each multiplier is derived: the level bands, then each location, tier and specialization. */
export function Derivations() {
  return (
    <>
      <h3>Level bands (US, all companies)</h3>
      <ul class="derivations">
        {levels.map((l) => {
          const e = estimate({ ...base, level: l.id }, assumptions.value);
          const f = e.factors.find((x) => x.id === 'level');
          const span = levelSpan(l.id, assumptions.value);
          return (
            <li key={l.id}>
              <span class="factor-label">{l.label}</span>{' '}
              <strong>
                {usd(e.base.low)} – {usd(e.base.high)}
              </strong>
              , typical {usd(e.base.typical)}
              <span class="sub">{f?.formula}</span>
              <span class="sub">
                Typical years: {span.from}–{span.to} ({span.fromSeed ? 'from data' : 'assumption'})
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
      <LocationFit />
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
    </>
  );
}
