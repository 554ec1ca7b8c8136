// What the About page shows of the location fit (a lazy screen: the place data may load with it).
import { figure, figureValue } from '../data';
import type { AssumptionValues } from './assumptions';
import { num as assumptionNum } from './assumptions';
import { assumptionId } from './ids';
import { fitLocationBeta, seedPlaces as places } from './places';

export { figureValue, fitLocationBeta };

/** The β in force. */
export const num = (a: AssumptionValues): number => assumptionNum(a, assumptionId('location-beta'));

/** The nine seed locations with the seed's label for each. */
export const seedPlaces = places.map((s) => ({ ...s, label: figure(s.figureId).label }));
