/**
 * "Download PNG": the map as it is drawn now, with its title, date and attribution painted into the image
 * (a map image without its credits would break the data licences).
 *
 * The WebGL canvas is created without `preserveDrawingBuffer` (keeping it costs every frame), so its pixels
 * are only readable during the frame that drew them: we ask for one frame (`triggerRepaint`) and copy the
 * canvas inside the `render` event, before the browser presents and clears it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface PngText {
  heading: string;
  attribution: string;
}

/** Greedy word wrap for canvas text. */
export function wrapWords(text: string, maxWidth: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A block of text on a panel, anchored at the top-left or bottom-right corner. */
function drawBlock(
  context: CanvasRenderingContext2D,
  lines: string[],
  corner: 'top-left' | 'bottom-right',
  scale: number,
  colours: { panel: string; fg: string }
) {
  if (!lines.length) return;
  const pad = 6 * scale;
  const lineHeight = 15 * scale;
  const width = Math.max(...lines.map((line) => context.measureText(line).width)) + 2 * pad;
  const height = lines.length * lineHeight + 2 * pad;
  const x = corner === 'top-left' ? 0 : context.canvas.width - width;
  const y = corner === 'top-left' ? 0 : context.canvas.height - height;
  context.fillStyle = colours.panel;
  context.fillRect(x, y, width, height);
  context.fillStyle = colours.fg;
  lines.forEach((line, i) => context.fillText(line, x + pad, y + pad + (i + 0.8) * lineHeight));
}

/** Copies the map's next frame into a 2D canvas, adds the text, and encodes it as PNG. */
export function mapToPng(map: MapLibreMap, text: PngText): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('this browser cannot draw the image'));
      context.drawImage(source, 0, 0);
      const scale = source.width / Math.max(1, source.clientWidth);
      const css = getComputedStyle(document.documentElement);
      const colours = {
        panel: css.getPropertyValue('--panel').trim() || 'rgba(255, 255, 255, 0.9)',
        fg: css.getPropertyValue('--fg').trim() || '#1d1f21'
      };
      context.font = `600 ${13 * scale}px system-ui, sans-serif`;
      drawBlock(context, [text.heading], 'top-left', scale, colours);
      context.font = `${11 * scale}px system-ui, sans-serif`;
      const maxWidth = Math.min(canvas.width * 0.7, 560 * scale);
      const lines = wrapWords(text.attribution, maxWidth, (line) => context.measureText(line).width);
      drawBlock(context, lines, 'bottom-right', scale, colours);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
        'image/png'
      );
    });
    map.triggerRepaint();
  });
}
