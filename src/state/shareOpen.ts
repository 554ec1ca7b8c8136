// Opening a share link: its offers read once per link (the screen and the work prepared ahead of it
// share them), and that work done in tasks of their own before the screen is drawn.
import type { OfferRecord } from '../model/domain';
import { basisOpts, prepareComparison } from './compare';
import { cachedView, type OfferReady } from './offers';
import { decodeShare } from './share';
import { applySharedView } from './shareSettings';
import { inTask } from './tasks';

export interface OpenedShare {
  decoded: ReturnType<typeof decodeShare>;
  /** The link's offers as records (not saved), ids "shared-0"… */
  opened: OfferRecord[];
}

let last: { hash: string; share: OpenedShare } | undefined;

/**
 * The link's offers, read once per fragment; opening it shows its comparison on the sender's basis and
 * years (set here, before the comparison is drawn, so it never shows another basis first).
 */
export function openShare(hash: string): OpenedShare {
  if (last?.hash === hash) return last.share;
  const decoded = decodeShare(hash);
  if (decoded.ok) applySharedView(decoded.settings);
  const now = Date.now();
  const opened: OfferRecord[] = decoded.ok
    ? decoded.offers.map((o, i) => ({ ...o, id: `shared-${i}`, createdAt: now + i, updatedAt: now + i }))
    : [];
  const share = { decoded, opened };
  last = { hash, share };
  return share;
}

/** Reads the link and works out each offer (and a comparison's figures), each in a task of its own. */
export async function prepareShare(hash: string): Promise<void> {
  const { opened } = await inTask(() => openShare(hash));
  const ready: OfferReady[] = [];
  for (const r of opened) {
    const v = await inTask(() => cachedView(r));
    if (v.ok) ready.push(v);
  }
  if (ready.length >= 2) await prepareComparison(ready, basisOpts.value);
}
