/**
 * The certainty images (./certainty.ts), drawn on a canvas when MapLibre first asks for one: dashed rings
 * around points and the hatched or dotted bands along approximate or schematic lines and outlines.
 * Nothing is fetched.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { parseImageId, STATUS_DASH, type CertaintyImage } from './certainty';

/** Ring stroke width, in CSS px. */
export const RING_WIDTH = 1.6;
/** Band tile side, in CSS px (MapLibre stretches a line pattern to the line's width). */
const TILE = 12;

function canvas(side: number, pixelRatio: number) {
  const element = document.createElement('canvas');
  element.width = element.height = Math.ceil(side * pixelRatio);
  const context = element.getContext('2d')!;
  context.scale(pixelRatio, pixelRatio);
  return { element, context };
}

function drawImage(image: CertaintyImage, pixelRatio: number): ImageData {
  if (image.kind === 'ring') {
    const side = 2 * (image.radius + RING_WIDTH + 1);
    const { element, context } = canvas(side, pixelRatio);
    const [dash, gap] = STATUS_DASH[image.status];
    context.strokeStyle = image.ink;
    context.lineWidth = RING_WIDTH;
    context.lineCap = 'round';
    if (gap > 0) context.setLineDash([dash * RING_WIDTH, gap * RING_WIDTH]);
    context.beginPath();
    context.arc(side / 2, side / 2, image.radius, 0, 2 * Math.PI);
    context.stroke();
    return context.getImageData(0, 0, element.width, element.height);
  }
  const { element, context } = canvas(TILE, pixelRatio);
  context.strokeStyle = context.fillStyle = image.color;
  if (image.precision === 'approximate') {
    // Diagonal hatching that tiles seamlessly: the main diagonal and the two corner pieces.
    context.globalAlpha = 0.7;
    context.lineWidth = 1.6;
    context.beginPath();
    for (const offset of [-TILE, 0, TILE]) {
      context.moveTo(offset, TILE);
      context.lineTo(offset + TILE, 0);
    }
    context.stroke();
  } else {
    // A dot screen: drawn, not traced.
    context.globalAlpha = 0.8;
    for (const [x, y] of [
      [TILE / 4, TILE / 4],
      [(3 * TILE) / 4, (3 * TILE) / 4]
    ] as const) {
      context.beginPath();
      context.arc(x, y, 1.6, 0, 2 * Math.PI);
      context.fill();
    }
  }
  return context.getImageData(0, 0, element.width, element.height);
}

/** Makes certainty images on demand for this map; returns the function that stops it. */
export function provideCertaintyImages(map: MapLibreMap): () => void {
  const onMissing = ({ id }: { id: string }) => {
    const image = parseImageId(id);
    if (!image || map.hasImage(id)) return;
    const pixelRatio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    map.addImage(id, drawImage(image, pixelRatio), { pixelRatio });
  };
  map.on('styleimagemissing', onMissing);
  return () => map.off('styleimagemissing', onMissing);
}
