/** src/map/drawn.ts: the importer's wait for the map to draw a new layer. */
import { describe, expect, it, vi } from 'vitest';
import { sourcesDrawn } from '../../src/map/drawn';

/** A map whose sources load when told, firing 'idle' as MapLibre does after each settled frame. */
function fakeMap() {
  const loaded = new Set<string>();
  const listeners = new Set<() => void>();
  return {
    loadSource(id: string) {
      loaded.add(id);
    },
    idle() {
      for (const listener of [...listeners]) listener();
    },
    listeners,
    map: {
      on: (_event: string, listener: () => void) => listeners.add(listener),
      off: (_event: string, listener: () => void) => listeners.delete(listener),
      loaded: () => true,
      getSource: (id: string) => (loaded.has(id) ? {} : undefined),
      isSourceLoaded: (id: string) => loaded.has(id)
    }
  };
}

describe('sourcesDrawn', () => {
  it('waits for an idle frame with every source loaded, then stops listening', async () => {
    const fake = fakeMap();
    let resolved = false;
    const drawn = sourcesDrawn(['import-1', 'import-2'], 10_000, fake.map as never).then(
      () => (resolved = true)
    );
    fake.loadSource('import-1');
    fake.idle();
    await Promise.resolve();
    expect(resolved).toBe(false);
    fake.loadSource('import-2');
    fake.idle();
    await drawn;
    expect(resolved).toBe(true);
    expect(fake.listeners.size).toBe(0);
  });

  it('gives up after the timeout (a hidden layer is never drawn), and resolves at once without a map', async () => {
    vi.useFakeTimers();
    try {
      const fake = fakeMap();
      const drawn = sourcesDrawn(['import-1'], 5_000, fake.map as never);
      vi.advanceTimersByTime(5_000);
      await drawn;
      expect(fake.listeners.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    await sourcesDrawn(['import-1'], 5_000, undefined);
  });
});
