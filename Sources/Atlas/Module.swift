// The Atlas module; see DESIGN.md.
