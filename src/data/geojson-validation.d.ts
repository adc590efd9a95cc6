/** Types for the parts of geojson-validation (untyped CommonJS) that the validator uses. */
declare module 'geojson-validation' {
  /** With trace = true each returns a list of messages, empty when the object is valid. */
  type Check = (value: unknown, trace: true) => string[];
  const gjv: {
    isFeature: Check;
    isFeatureCollection: Check;
    isPoint: Check;
    isMultiPoint: Check;
    isLineString: Check;
    isMultiLineString: Check;
    isPolygon: Check;
    isMultiPolygon: Check;
  };
  export default gjv;
}
