// Runs before the first paint, inlined in <head> by vite.config.ts (the CSP allows it by its hash). If this
// device has saved data, the prerendered default numbers stay hidden (their space kept) until main.tsx
// has drawn the saved ones; the chosen colour scheme is applied at once. See src/state/saved.ts.
// Kept tiny: it delays the first paint by its own running time.
(() => {
  // The browser's install offer may come before the app's code (src/pwa/install.ts takes it from here).
  addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    window.mlCompInstall = e;
  });
  try {
    const d = document.documentElement;
    if (localStorage.getItem('ml-comp-saved') === '1') d.classList.add('restoring', 'islands-pending');
    const t = localStorage.getItem('ml-comp-theme');
    if (t === 'light' || t === 'dark') d.dataset.theme = t;
  } catch {}
})();
