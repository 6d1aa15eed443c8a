package dev.bulwark.source.hcl;

/** A parsed configuration file (native or JSON syntax). */
public record ConfigFile(String path, Body body) {}
