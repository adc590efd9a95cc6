/**
 * Whether a new deployment's service worker is installed and waiting, and how to switch to it. The page's
 * registration (./register.ts) sets it; UpdateNotice shows it.
 */
class PendingUpdate {
  ready = $state(false);
  #apply: () => Promise<void> = async () => location.reload();

  offer(apply: () => Promise<void>) {
    this.#apply = apply;
    this.ready = true;
  }

  /** Hands control to the new worker, which reloads the page once it has it. */
  apply(): Promise<void> {
    return this.#apply();
  }
}

export const pendingUpdate = new PendingUpdate();
