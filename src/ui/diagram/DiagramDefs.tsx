// Shared SVG patterns: a cross-hatch for crashed brokers, diagonal stripes for out-of-sync replicas.
export function DiagramDefs() {
  return (
    <defs>
      <pattern id="dg-hatch-down" width="10" height="10" patternUnits="userSpaceOnUse">
        <path d="M0 0L10 10M10 0L0 10" className="dg-hatch-down" />
      </pattern>
      <pattern id="dg-stripes-out" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="3" height="8" className="dg-stripes-out" />
      </pattern>
    </defs>
  );
}
