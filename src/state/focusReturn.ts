/**
 * Closing the context panel puts focus back on the control that opened it (a place in the list, a timeline
 * event, the map), so a keyboard reader carries on where they were instead of at the top of the page.
 */
const PANEL = '[data-testid="context-panel"]';

/** Whether focus can usefully go there: still on the page and shown (not in a closed sidebar). */
function focusable(element: HTMLElement | null): element is HTMLElement {
  return !!element && element.isConnected && element.getClientRects().length > 0;
}

export class FocusReturn {
  #opener: HTMLElement | null = null;

  /** Call as a selection is made, before the panel takes focus. A choice made inside the panel keeps the opener. */
  remember() {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active.closest(PANEL)) return;
    this.#opener = active === document.body ? null : active;
  }

  /** The control to return to, if it is still there; `reveal` may open its container (a phone's sidebar). */
  get opener(): HTMLElement | null {
    return this.#opener?.isConnected ? this.#opener : null;
  }

  /** Focuses the opener, else the fallback (the map), without scrolling the page. */
  restore(fallback: () => HTMLElement | null) {
    const target = [this.#opener, fallback()].find(focusable);
    this.#opener = null;
    target?.focus({ preventScroll: true });
  }
}
