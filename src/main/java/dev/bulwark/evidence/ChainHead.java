package dev.bulwark.evidence;

/**
 * The end of the chain: how many records it has and the hash of the last one. Printing this hash
 * somewhere the database's owner cannot rewrite (a report, a ticket) anchors everything before it.
 */
public record ChainHead(long recordCount, String headHash) {}
