/** Whether this browser can draw the map at all. MapLibre needs WebGL (2 preferred, 1 accepted). */
export function webglSupported(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
