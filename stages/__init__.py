"""One module per curation stage. Stages import neither Ray nor `pipeline`, nor each other
(only the shared `stages.base`)."""
