// Anchor for the translations library: it carries only the embedded .qm files.
