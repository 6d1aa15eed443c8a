package dev.bulwark.source.terraform;

/** A syntax node with the file it was read from. */
record Located<T>(T node, String file) {}
