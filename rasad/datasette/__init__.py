"""rasad's Datasette files: metadata.yaml, templates/, static/, plugins/ and the helpers they use."""
