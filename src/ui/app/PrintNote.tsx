import { useEffect, useRef } from 'preact/hooks';
import { today } from '../shared/download';

/** Printed under every screen: when, from what, and that nothing left the device. */
export function PrintNote() {
  const date = useRef<HTMLSpanElement>(null);
  // The day of printing, not of drawing: a page left open overnight prints tomorrow's date.
  useEffect(() => {
    const stamp = () => {
      if (date.current) date.current.textContent = today();
    };
    addEventListener('beforeprint', stamp);
    return () => removeEventListener('beforeprint', stamp);
  }, []);
  return (
    <p class="print-only note" data-testid="print-note">
      From ML Comp on <span ref={date}>{today()}</span>: estimates from the seed’s salary figures, taxes by
      the tax year and basis shown, prices from BEA’s Regional Price Parities; every source is on the About
      screen. Kept on this device only.
    </p>
  );
}
