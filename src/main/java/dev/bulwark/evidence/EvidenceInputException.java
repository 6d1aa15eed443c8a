package dev.bulwark.evidence;

import java.util.List;

/** A record could not be added as asked: unknown kind or requirement, bad date, missing file, ... */
public final class EvidenceInputException extends EvidenceException {
    public EvidenceInputException(List<String> problems) {
        super(problems, null);
    }

    public EvidenceInputException(String problem) {
        this(List.of(problem));
    }
}
