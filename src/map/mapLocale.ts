/**
 * MapLibre's own interface words (its buttons' titles, the canvas's label, the cooperative-gesture hint) in
 * the page's language: MapLibre ships them in English and takes others through its `locale` option.
 */
import * as m from '../i18n/paraglide/messages.js';

export function mapLibreLocale(): Record<string, string> {
  return {
    'Map.Title': m.maplibre_map(),
    'NavigationControl.ZoomIn': m.maplibre_zoom_in(),
    'NavigationControl.ZoomOut': m.maplibre_zoom_out(),
    'NavigationControl.ResetBearing': m.maplibre_reset_bearing(),
    'AttributionControl.ToggleAttribution': m.maplibre_toggle_attribution(),
    'AttributionControl.MapFeedback': m.maplibre_map_feedback(),
    'CooperativeGesturesHandler.WindowsHelpText': m.maplibre_ctrl_scroll(),
    'CooperativeGesturesHandler.MacHelpText': m.maplibre_cmd_scroll(),
    'CooperativeGesturesHandler.MobileHelpText': m.maplibre_two_fingers()
  };
}
