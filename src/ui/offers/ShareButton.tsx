import { useEffect, useRef, useState } from 'preact/hooks';
import type { OfferRecord } from '../../model/domain';
import { encodeShare } from '../../state/share';
import { currentShareSettings } from '../../state/shareSettings';

interface Props {
  offers: readonly OfferRecord[];
  label: string;
  /** A comparison: its link carries the basis and years too (every link carries the household). */
  comparison?: boolean;
}

/** Shares a link to these offers: the Web Share API where the device has it, copy otherwise. */
export function ShareButton({ offers, label, comparison = false }: Props) {
  const [link, setLink] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const box = useRef<HTMLDivElement>(null);
  // What happened, and the link, brought into view (on a phone, above the tab bar: scroll-padding).
  useEffect(() => {
    if (message) box.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);
  const onClick = async () => {
    const places = [...new Set(offers.map((o) => o.profile.location))];
    const url = `${location.origin}/share#${encodeShare(offers, currentShareSettings(places, comparison))}`;
    setLink(url);
    if (navigator.share) {
      try {
        await navigator.share({ title: 'ML Comp offer', url });
        setMessage('Shared.');
        return;
      } catch {
        // Cancelled or refused: fall back to copying.
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage(
        `Link copied. It holds ${offers.length > 1 ? 'the offers themselves' : 'the offer itself'}; nothing is uploaded.`,
      );
    } catch {
      setMessage('Copy the link below.');
    }
  };
  return (
    <div class="share no-print" ref={box}>
      <button type="button" class="secondary" onClick={onClick}>
        {label}
      </button>
      {message && (
        <p class="note" role="status">
          {message}
        </p>
      )}
      {link && (
        <label class="field">
          <span>Share link</span>
          <input
            type="text"
            readOnly
            value={link}
            data-testid="share-link"
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}
