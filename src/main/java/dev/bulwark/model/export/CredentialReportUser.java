package dev.bulwark.model.export;

import java.util.List;

/** One row of the IAM credential report: a user (or the root user) and the state of each credential. */
public record CredentialReportUser(int line, String user, String arn, ReportTime userCreationTime, PasswordEnabled passwordEnabled,
                                   ReportTime passwordLastUsed, ReportTime passwordLastChanged, ReportTime passwordNextRotation,
                                   boolean mfaActive, AccessKey accessKey1, AccessKey accessKey2,
                                   SigningCertificate cert1, SigningCertificate cert2) {
    /** The user name AWS gives the root user's row. */
    public static final String ROOT = "<root_account>";

    public boolean isRoot() {
        return ROOT.equals(user);
    }

    /** Whether the user can sign in to the console with a password. */
    public boolean hasConsolePassword() {
        return passwordEnabled == PasswordEnabled.TRUE;
    }

    public List<AccessKey> accessKeys() {
        return List.of(accessKey1, accessKey2);
    }

    public List<SigningCertificate> certificates() {
        return List.of(cert1, cert2);
    }
}
