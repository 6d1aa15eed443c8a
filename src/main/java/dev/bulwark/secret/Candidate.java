package dev.bulwark.secret;

/**
 * What a detector found before lines and columns are worked out: the match's range, the secret,
 * a description that never contains it, and optionally the offset of a partner (an AWS secret
 * access key beside its key id) whose line the description then names.
 */
record Candidate(SecretFamily family, int start, int end, String value, String detail, int partnerAt) {
    static Candidate of(SecretFamily family, int start, int end, String value, String detail) {
        return new Candidate(family, start, end, value, detail, -1);
    }

    @Override
    public String toString() {
        return family + " " + start + ".." + end;
    }
}
