package dev.bulwark.source.dockerfile;

/** A piece of an instruction as written, and where it starts (line and column counted from 1). */
public record Token(String text, int line, int column) {}
