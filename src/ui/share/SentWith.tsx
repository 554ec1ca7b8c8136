import { cities } from '../../state/app';
import {
  adoptSenderHousehold,
  householdDifference,
  type SharedHousehold,
  type ShareSettings,
} from '../../state/shareSettings';

const list = (parts: readonly string[]) =>
  parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** What a hand-edited or damaged link carried that did not read: left out, and the recipient's used. */
export function SentDropped({ settings }: { settings: ShareSettings }) {
  if (!settings.dropped) return null;
  return (
    <p class="note" data-testid="share-dropped">
      Part of this link did not read and was left out: {list(settings.dropped)}. Yours{' '}
      {settings.dropped.length > 1 ? 'are' : 'is'} used instead.
    </p>
  );
}

/**
 * Where the link's household (what its after-tax figures used) is not the recipient's: both, in words,
 * and the choice to use the sender's. Nothing when they agree or the link carries none.
 */
export function SentWith({ household }: { household: SharedHousehold | undefined }) {
  const diff = household && householdDifference(household, cities.value);
  if (!household || !diff) return null;
  return (
    <div class="sent-with" data-testid="share-household">
      <p class="note">
        The sender’s after-tax figures used {list(diff.sent)}. These use yours: {list(diff.yours)}, so they
        differ from what the sender saw.
      </p>
      <button type="button" class="secondary" onClick={() => adoptSenderHousehold(household)}>
        Use the sender’s household
      </button>
      <p class="hint">This also changes them on Cities and Compare.</p>
    </div>
  );
}
