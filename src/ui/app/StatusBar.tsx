import './theme';
import { useEffect, useState } from 'preact/hooks';
import { canInstall, dismissInstall, iosHint, listenForInstall, promptInstall } from '../../pwa/install';
import { applyUpdate, dismissUpdate, needRefresh, online } from '../../pwa/status';
import { storageNotice } from '../../state/saved';

/**
 * Offline badge and install offer in the header's free corner (over nothing: the header holds only the
 * name there); an update prompt and a storage notice, which need an answer, float over the page.
 */
export function StatusBar() {
  // Its code loads once the screen is interactive; an install offer made before is kept by boot.js.
  useEffect(listenForInstall, []);
  // iOS has no install dialog: "Install app" shows how, beside the button.
  const [how, setHow] = useState(false);
  // The hint lies over the page: Escape or a tap anywhere else puts it away.
  useEffect(() => {
    if (!how) return;
    const key = (e: KeyboardEvent) => e.key === 'Escape' && setHow(false);
    const tap = (e: PointerEvent) =>
      !(e.target instanceof Element && e.target.closest('.install-offer')) && setHow(false);
    document.addEventListener('keydown', key);
    document.addEventListener('pointerdown', tap);
    return () => {
      document.removeEventListener('keydown', key);
      document.removeEventListener('pointerdown', tap);
    };
  }, [how]);
  return (
    <>
      <div class="corner">
        {!online.value && (
          <p class="badge" role="status" data-testid="offline" title="Everything still works offline">
            Offline<span class="more">: everything still works</span>
          </p>
        )}
        {(canInstall.value || iosHint.value) && (
          <div class="install-offer" data-testid="install-offer">
            <button
              type="button"
              class="secondary"
              aria-expanded={canInstall.value ? undefined : how}
              onClick={() => (canInstall.value ? void promptInstall() : setHow(!how))}
            >
              Install app
            </button>
            <button type="button" class="link" aria-label="Not now" title="Not now" onClick={dismissInstall}>
              ×
            </button>
            {how && !canInstall.value && (
              <p class="install-how" role="status">
                Tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>.
              </p>
            )}
          </div>
        )}
      </div>
      <div class="status">
        {needRefresh.value && (
          <div class="banner" role="alert" data-testid="update-prompt">
            <p>A new version of ML Comp is ready.</p>
            <div class="actions">
              <button type="button" onClick={() => void applyUpdate()}>
                Reload to update
              </button>
              <button type="button" class="secondary" onClick={dismissUpdate}>
                Not now
              </button>
            </div>
          </div>
        )}
        {storageNotice.value && (
          <div class="banner warn" role="alert" data-testid="storage-notice">
            <p>{storageNotice.value}</p>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                storageNotice.value = null;
              }}
            >
              OK
            </button>
          </div>
        )}
      </div>
    </>
  );
}
