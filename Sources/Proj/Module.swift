// The Proj module; see DESIGN.md.
