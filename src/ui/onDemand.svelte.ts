/**
 * A part of the page left out of the first load (issue 19's byte budget) and fetched when first wanted:
 * at the reader's first touch, click, key or wheel, so it is usually in before it is asked for, or on
 * `load()`. A failed fetch is forgotten, so the next want tries again.
 */
const FIRST_INTERACTION = ['pointerdown', 'keydown', 'wheel', 'focusin'] as const;

export class OnDemand<T> {
  /** The loaded value (reactive); null until it is in. */
  current: T | null = $state.raw(null);
  #pending: Promise<void> | undefined;
  readonly #importer: () => Promise<T>;

  constructor(importer: () => Promise<T>) {
    this.#importer = importer;
  }

  load = (): Promise<void> =>
    (this.#pending ??= this.#importer().then(
      (value) => {
        this.current = value;
      },
      (error: unknown) => {
        this.#pending = undefined;
        console.warn('A part of the page could not be loaded:', error);
      }
    ));

  /** Starts loading at the first interaction with `target` (the window); returns the undo. */
  loadOnFirstInteraction(target: EventTarget): () => void {
    const stop = () => {
      for (const type of FIRST_INTERACTION) target.removeEventListener(type, first, { capture: true });
    };
    const first = () => {
      stop();
      void this.load();
    };
    for (const type of FIRST_INTERACTION)
      target.addEventListener(type, first, { capture: true, passive: true });
    return stop;
  }
}
