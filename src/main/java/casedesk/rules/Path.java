package casedesk.rules;

/** How the applicant shows means: a Sesame report accepted as a bank statement, or the bank documents. */
enum Path {
    SESAME,
    BANK
}
