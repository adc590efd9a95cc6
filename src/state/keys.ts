/** What Escape does, by what is open: the measure tool first, then the context panel, then the sidebar. */
export type EscapeAction = 'none' | 'close-panel' | 'close-sidebar';

export function escapeAction(state: { measuring: boolean; selected: boolean }): EscapeAction {
  // While measuring, Escape belongs to the measure tool (src/measure/MeasureTool.svelte).
  if (state.measuring) return 'none';
  return state.selected ? 'close-panel' : 'close-sidebar';
}
