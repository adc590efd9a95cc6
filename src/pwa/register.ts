/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker that keeps the app, its data and its basemap for offline use. Loaded by
 * main.ts after the page has loaded and gone idle, so neither this module nor workbox-window (which
 * registerSW imports on its own) nor the precache downloads compete with the first load.
 */
import { registerSW } from 'virtual:pwa-register';
import { pendingUpdate } from './update.svelte';

/** A tab left open for days still hears of a new deployment: the browser only checks on navigation. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function registerServiceWorker(): void {
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => pendingUpdate.offer(() => updateServiceWorker(true)),
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update().catch(() => {}), UPDATE_CHECK_MS);
    },
    // The map works without it, only not offline: say so in the console, never in the reader's way.
    onRegisterError: (error: unknown) => console.warn('Offline use is not available:', error)
  });
}
