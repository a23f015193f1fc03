// The GEOS module; see DESIGN.md.
