package dev.bulwark.finding;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;

/**
 * One rule's result on one resource. It points to its rule rather than copying its metadata.
 *
 * @param location          the resource block
 * @param attributeLocation the offending attribute, or null when the finding is about the whole resource
 * @param suppression       set when an unexpired suppression with a reason covers this finding
 * @param item              what an export or change-history finding is about (a CVE in a package, a commit), or null
 *                          when its resource address says it all
 */
public record Finding(Rule rule, Status status, String resourceAddress, String resourceType, SourceLocation location,
                      SourceLocation attributeLocation, String message, Suppression suppression, Item item) {

    public Finding(Rule rule, Status status, String resourceAddress, String resourceType, SourceLocation location,
                   SourceLocation attributeLocation, String message, Suppression suppression) {
        this(rule, status, resourceAddress, resourceType, location, attributeLocation, message, suppression, null);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(rule, status, resourceAddress, resourceType, location, attributeLocation, message, s, item);
    }

    /** Where to point a reader: the attribute when known, else the resource. */
    public SourceLocation primaryLocation() {
        return attributeLocation != null ? attributeLocation : location;
    }
}
