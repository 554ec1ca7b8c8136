// Loaded with the status messages (StatusBar.tsx, once the screen is up) and with Settings: the only
// ways the theme changes (Settings, a restored backup, deleting everything) come after the first screen.
import { effect } from '@preact/signals';
import { theme } from '../../state/app';

// The chosen theme is applied to <html>; "system" leaves it to prefers-color-scheme. Not at first (the
// default): boot.js (inlined in <head>) has applied this device's saved scheme, and storage may not be
// read yet. Not when prerendering either, where there is no document.
let themeSet = false;
effect(() => {
  const t = theme.value;
  if (!themeSet || typeof document === 'undefined') {
    themeSet = true;
    return;
  }
  if (t === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = t;
});
