/** Set by vite.config.ts: true in a build. (Not import.meta.env.DEV: a build made under Vitest has it.) */
declare const __SERVICE_WORKER__: boolean;

/** Starts the service worker once the page has loaded and the browser is idle (see ./register.ts). */
export function registerWhenIdle(): void {
  if (!__SERVICE_WORKER__ || !('serviceWorker' in navigator)) return;
  const start = () =>
    requestIdleCallback(() => void import('./register').then((m) => m.registerServiceWorker()), {
      timeout: 5000
    });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
