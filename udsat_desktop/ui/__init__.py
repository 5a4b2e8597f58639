"""Every Qt widget, item model, dialog and worker. The only package that imports Qt."""
