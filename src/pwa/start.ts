/** Starts the service worker once the page has loaded and the browser is idle (see ./register.ts). */
export function registerWhenIdle(): void {
  // The dev server serves no worker (vite-plugin-pwa builds it with the app).
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const start = () =>
    requestIdleCallback(() => void import('./register').then((m) => m.registerServiceWorker()), {
      timeout: 5000
    });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
