import './theme';
import { useEffect } from 'preact/hooks';
import { canInstall, dismissInstall, iosHint, listenForInstall, promptInstall } from '../../pwa/install';
import { applyUpdate, dismissUpdate, needRefresh, online } from '../../pwa/status';
import { storageNotice } from '../../state/saved';

/** Offline badge, install button, update prompt and storage notice: small, and only when relevant. */
export function StatusBar() {
  // Its code loads once the screen is interactive; an install offer made before is kept by boot.js.
  useEffect(listenForInstall, []);
  return (
    <div class="status">
      {!online.value && (
        <p class="badge" role="status" data-testid="offline">
          Offline: everything still works
        </p>
      )}
      {(canInstall.value || iosHint.value) && (
        <div class="install-offer" data-testid="install-offer">
          {canInstall.value ? (
            <button type="button" class="secondary" onClick={() => void promptInstall()}>
              Install app
            </button>
          ) : (
            <p>
              Install: tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>.
            </p>
          )}
          <button type="button" class="link" onClick={dismissInstall}>
            Not now
          </button>
        </div>
      )}
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
  );
}
