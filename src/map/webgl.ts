/** Whether this browser can draw the map at all. MapLibre needs WebGL (2 preferred, 1 accepted). */
export function webglSupported(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // Hand the test context back at once: browsers allow only a few live WebGL contexts per page.
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return Boolean(context);
  } catch {
    return false;
  }
}
