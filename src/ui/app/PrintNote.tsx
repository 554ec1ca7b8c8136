import { today } from '../shared/download';

/** Printed under every screen: when, from what, and that nothing left the device. */
export function PrintNote() {
  return (
    <p class="print-only note" data-testid="print-note">
      From ML Comp on {today()}: estimates from the seed’s salary figures, taxes by the tax year and basis
      shown, prices from BEA’s Regional Price Parities; every source is on the About screen. Kept on this
      device only.
    </p>
  );
}
