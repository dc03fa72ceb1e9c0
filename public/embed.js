// Embed helper: coming with the embedding issue.
