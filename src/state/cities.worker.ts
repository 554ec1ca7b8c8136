// The Cities comparison, off the main thread (./citiesOffThread.ts): a pure function of plain data. It
// solves each place's gross that matches the reference's take-home, tens of milliseconds on a phone.
import { type CityOptions, type CityPay, compareCities } from '../model/cityComparison';

export interface CityAsk {
  seq: number;
  pay: CityPay;
  options: CityOptions;
}
export type CityAnswer =
  | { seq: number; ok: true; comparison: ReturnType<typeof compareCities> }
  | { seq: number; ok: false };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CityAsk>) => void) | null;
  postMessage(m: CityAnswer): void;
};
scope.onmessage = ({ data: { seq, pay, options } }) => {
  try {
    scope.postMessage({ seq, ok: true, comparison: compareCities(pay, options) });
  } catch {
    scope.postMessage({ seq, ok: false }); // the main thread computes it, and shows what went wrong
  }
};
