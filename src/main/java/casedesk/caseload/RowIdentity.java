package casedesk.caseload;

/**
 * The associated data each sealed value is bound to: its table, its column and the key of its row.
 * A value copied into another row or column of the file no longer opens. One place, so that the
 * repositories that seal and the re-sealing migration always agree.
 */
final class RowIdentity {

    private RowIdentity() {
    }

    static String passport(String reference) {
        return "cases.passport:" + reference;
    }

    static String nationalId(String reference) {
        return "cases.national_id:" + reference;
    }

    static String documentBytes(String sha256) {
        return "blobs.sealed:" + sha256;
    }

    static String figure(String column, long documentId, String name) {
        return "figures." + column + ":" + documentId + ":" + name;
    }

    static String transaction(String column, long documentId, int row) {
        return "transactions." + column + ":" + documentId + ":" + row;
    }

    static String signal(long documentId, String code) {
        return "signals.detail:" + documentId + ":" + code;
    }

    static String verdict(long evaluationId, int position) {
        return "verdicts.explanation:" + evaluationId + ":" + position;
    }

    static String decision(String column, long caseId, String decidedAt) {
        return "decisions." + column + ":" + caseId + ":" + decidedAt;
    }

    static String auditDetail(String type, String caseReference) {
        return "audit_events.detail:" + type + ":" + caseReference;
    }
}
