package dev.bulwark.source.git;

import dev.bulwark.model.change.Person;
import org.eclipse.jgit.lib.PersonIdent;

/** JGit's identities as the model's {@link Person}: the model itself knows nothing of JGit. */
final class CommitPeople {
    private CommitPeople() {}

    /** A commit's author or committer; a blank name falls back to the email address. */
    static Person of(PersonIdent id) {
        String name = id.getName() == null || id.getName().isBlank() ? id.getEmailAddress() : id.getName();
        return new Person(name == null ? "(unknown)" : name, id.getEmailAddress());
    }
}
