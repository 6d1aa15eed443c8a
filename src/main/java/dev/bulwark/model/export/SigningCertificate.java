package dev.bulwark.model.export;

/** One of the two X.509 signing certificate slots of an IAM user in the credential report (number 1 or 2). */
public record SigningCertificate(int number, boolean active, ReportTime lastRotated) {}
