import { describe, expect, it, vi } from 'vitest';
import { OnDemand } from '../../src/ui/onDemand.svelte';

describe('a part of the page loaded on demand', () => {
  it('is fetched once, at the first interaction, not before', async () => {
    const importer = vi.fn(() => Promise.resolve('panel'));
    const part = new OnDemand(importer);
    const page = new EventTarget();
    part.loadOnFirstInteraction(page);
    expect(importer).not.toHaveBeenCalled();
    page.dispatchEvent(new Event('keydown'));
    page.dispatchEvent(new Event('pointerdown'));
    await part.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(part.current).toBe('panel');
  });

  it('tries again after a failed fetch', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const importer = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('panel');
    const part = new OnDemand(importer);
    await part.load();
    expect(part.current).toBeNull();
    expect(warn).toHaveBeenCalled();
    await part.load();
    expect(part.current).toBe('panel');
    expect(importer).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('stops listening when undone', () => {
    const importer = vi.fn(() => Promise.resolve('panel'));
    const page = new EventTarget();
    new OnDemand(importer).loadOnFirstInteraction(page)();
    page.dispatchEvent(new Event('wheel'));
    expect(importer).not.toHaveBeenCalled();
  });
});
