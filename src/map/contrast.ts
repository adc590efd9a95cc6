/**
 * WCAG contrast for the map's own ink: label text against its halo, points against the basemap. Colours
 * come from the manifest or an import, so only hex is adjusted; anything else is returned as it is.
 */

type Rgb = [number, number, number];

function parseHex(color: string): Rgb | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance, as WCAG 2.1 defines it ("relative luminance" in its glossary). */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function ratio(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** The WCAG contrast ratio of two hex colours (1–21); NaN if either is not hex. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [parseHex(a), parseHex(b)];
  return x && y ? ratio(x, y) : NaN;
}

/**
 * `color`, mixed towards white (on a dark background) or black (on a light one) just enough to reach
 * `minRatio` against `background`, so its hue still says which layer it belongs to.
 */
export function readableOn(color: string, background: string, minRatio: number): string {
  const [ink, ground] = [parseHex(color), parseHex(background)];
  if (!ink || !ground || ratio(ink, ground) >= minRatio) return color;
  const target: Rgb = luminance(ground) < 0.18 ? [255, 255, 255] : [0, 0, 0];
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    const mixed = ink.map((c, i) => c + (target[i]! - c) * t) as Rgb;
    if (ratio(mixed, ground) >= minRatio) return toHex(mixed);
  }
  return toHex(target);
}
