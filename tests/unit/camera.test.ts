import { describe, expect, it } from 'vitest';
import { leavesRoom, paddingFor, paddingOffset } from '../../src/map/camera';

describe('camera moves beside the panels', () => {
  it('aims at the middle of what the panel leaves uncovered', () => {
    // Desktop: the side panel covers the right; the target sits left of the canvas centre.
    expect(paddingOffset(paddingFor({ width: 1120, height: 860 }, true))).toEqual([-180, 0]);
    // Phone: the bottom sheet covers the lower half; the target sits above the centre.
    const [x, y] = paddingOffset(paddingFor({ width: 390, height: 790 }, true));
    expect(x).toBe(-10);
    expect(y).toBeLessThan(-180);
  });

  it('knows when a padded box leaves no room to fit a shape into', () => {
    expect(leavesRoom({ width: 390, height: 790 }, paddingFor({ width: 390, height: 790 }, true))).toBe(true);
    expect(leavesRoom({ width: 390, height: 120 }, paddingFor({ width: 390, height: 120 }, true))).toBe(
      false
    );
    expect(leavesRoom({ width: 90, height: 800 }, { left: 40, right: 60 })).toBe(false);
  });
});
