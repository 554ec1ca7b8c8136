import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterPaint } from './island';

/**
 * Its children are drawn once the part above them is on screen: on first mount they wait for the frame
 * (`afterPaint`), then stay. A long screen drawn from its code (a shared link, a saved
 * offer) shows its first screenful in a shorter task, and the tables below follow in a task of their
 * own. Component tests draw them at once.
 */
export function Later({ children }: { children: ComponentChildren }) {
  const [shown, setShown] = useState(import.meta.env.MODE === 'test');
  useEffect(() => {
    if (!shown) afterPaint(() => setShown(true));
  }, [shown]);
  return shown ? children : null;
}
