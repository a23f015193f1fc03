// The Geoparser module; see DESIGN.md.
