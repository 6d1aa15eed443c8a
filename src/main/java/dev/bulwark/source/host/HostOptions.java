package dev.bulwark.source.host;

/** The host source's option: which root it reads (the running system or a directory). */
public record HostOptions(HostRoot root) {}
