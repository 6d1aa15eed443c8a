package dev.bulwark.finding;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;

import java.util.List;

/**
 * One rule's result on one resource. It points to its rule rather than copying its metadata.
 *
 * @param location          the resource block; for a resource inside a module kept outside the scanned code, the
 *                          {@code module} block that calls it from that code
 * @param attributeLocation the offending attribute (for a resource in such a module, the call's argument it derives
 *                          from), or null when the finding is about the whole resource or no one argument feeds it
 * @param suppression       set when an unexpired suppression with a reason covers this finding
 * @param item              what an export or change-history finding is about (a CVE in a package, a commit), or null
 *                          when its resource address says it all
 * @param related           other places that explain the finding, e.g. the resource inside the module; often empty
 */
public record Finding(Rule rule, Status status, String resourceAddress, String resourceType, SourceLocation location,
                      SourceLocation attributeLocation, String message, Suppression suppression, Item item,
                      List<RelatedLocation> related) {

    public Finding {
        related = List.copyOf(related);
    }

    public Finding(Rule rule, Status status, String resourceAddress, String resourceType, SourceLocation location,
                   SourceLocation attributeLocation, String message, Suppression suppression, Item item) {
        this(rule, status, resourceAddress, resourceType, location, attributeLocation, message, suppression, item, List.of());
    }

    public Finding(Rule rule, Status status, String resourceAddress, String resourceType, SourceLocation location,
                   SourceLocation attributeLocation, String message, Suppression suppression) {
        this(rule, status, resourceAddress, resourceType, location, attributeLocation, message, suppression, null);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(rule, status, resourceAddress, resourceType, location, attributeLocation, message, s, item, related);
    }

    /** Where to point a reader: the attribute when known, else the resource. */
    public SourceLocation primaryLocation() {
        return attributeLocation != null ? attributeLocation : location;
    }
}
