import { figureValue, fitLocationBeta, num, seedPlaces } from '../../model/aboutPlaces';
import { assumptions } from '../../state/estimate';

/** Each seed location's fitted factor (RPP/100)^β beside its actual one, for places the seed does not name. */
export function LocationFit() {
  const national = figureValue('tc-average-base');
  const beta = num(assumptions.value);
  const fitted = fitLocationBeta((id) => figureValue(id) / national);
  return (
    <>
      <p>
        Places the seed does not name take a location factor of (price parity ÷ 100)^β, an assumption: β ={' '}
        {beta.toFixed(4)} (the least-squares fit to the nine seed locations is {fitted.toFixed(4)}; change β
        in <a href="/settings">Settings</a>). Places in California, New York, Washington, Texas and
        Massachusetts take their state’s figure instead (lent, labelled as such), and Austin and Dallas the
        seed’s “Texas (Austin, Dallas)”.
      </p>
      <table class="location-fit stacked" data-testid="location-fit">
        <caption>The fit against the seed’s nine locations</caption>
        <thead>
          <tr>
            <th scope="col">Seed location</th>
            <th scope="col">Price parity</th>
            <th scope="col">Actual factor</th>
            <th scope="col">Fitted</th>
          </tr>
        </thead>
        <tbody>
          {seedPlaces.map((s) => (
            <tr key={s.alias}>
              <th scope="row">{s.label}</th>
              <td data-label="Price parity">{s.rpp}</td>
              <td data-label="Actual factor">{(figureValue(s.figureId) / national).toFixed(3)}</td>
              <td data-label="Fitted">{((s.rpp / 100) ** beta).toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
