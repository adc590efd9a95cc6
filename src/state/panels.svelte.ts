/**
 * Which of the page's panels is open and where keyboard focus goes between them: the sidebar (a drawer on a
 * phone), the context panel's close and Escape, the skip links, and the sidebar opening for a new alert.
 */
import { tick } from 'svelte';
import { FocusReturn } from './focusReturn';
import { escapeAction } from './keys';
import type { Situation } from './situation.svelte';

const mapCanvas = () => document.querySelector<HTMLElement>('.maplibregl-canvas');

export class Panels {
  /** On a phone the sidebar is a drawer; on a desktop it is always shown and this has no effect. */
  sidebarOpen = $state(false);
  #situation: Situation;
  #focus = new FocusReturn();

  constructor(situation: Situation) {
    this.#situation = situation;
  }

  /**
   * Call during component initialisation. Whatever had focus when a selection was made is where closing
   * the panel returns (run before the panel mounts and takes focus); `newestAlert` opens the sidebar,
   * where alerts are shown, each time it grows.
   */
  start(newestAlert: () => number) {
    $effect.pre(() => {
      if (this.#situation.selectedId) this.#focus.remember();
    });
    let lastAlert = 0;
    $effect(() => {
      const newest = newestAlert();
      if (newest > lastAlert) this.sidebarOpen = true;
      lastAlert = Math.max(lastAlert, newest);
    });
  }

  closePanel = async () => {
    this.#situation.select(null);
    // On a phone the list that opened the panel was closed with the choice: open it again to return there.
    if (this.#focus.opener?.closest('#sidebar')) this.sidebarOpen = true;
    await tick();
    this.#focus.restore(mapCanvas);
  };

  /** Closing the phone's drawer from inside it hands focus to the button that opens it. */
  closeSidebar() {
    const inside = document.activeElement?.closest('#sidebar');
    this.sidebarOpen = false;
    if (inside) document.querySelector<HTMLElement>('.sidebar-toggle')?.focus();
  }

  onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const situation = this.#situation;
    const action = escapeAction({ measuring: situation.measuring, selected: !!situation.selectedId });
    if (action === 'close-panel') this.closePanel();
    else if (action === 'close-sidebar') this.closeSidebar();
  };

  /** Skip link: past the masthead and the layer toggles to the first place (the hash stays the permalink's). */
  skipToPlaces = async (event: MouseEvent) => {
    event.preventDefault();
    this.sidebarOpen = true;
    await tick();
    const target =
      document.querySelector<HTMLElement>('.place-list li button') ??
      document.getElementById('places-heading');
    target?.focus();
  };

  skipToMap = (event: MouseEvent) => {
    event.preventDefault();
    this.sidebarOpen = false;
    mapCanvas()?.focus();
  };
}
