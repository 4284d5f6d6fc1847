"""rasad's Datasette files: metadata.yaml, templates/, static/, the plugin (plugin.py) and the helpers they use."""
