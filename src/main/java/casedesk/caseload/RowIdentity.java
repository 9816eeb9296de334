package casedesk.caseload;

/**
 * The associated data each sealed value is bound to: its table, its column and the key of its row
 * (its id, which {@link Database#nextId} gives before the row is inserted, where the table has one).
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

    static String figure(String column, long id) {
        return "figures." + column + ":" + id;
    }

    static String transaction(String column, long documentId, int row) {
        return "transactions." + column + ":" + documentId + ":" + row;
    }

    static String signal(long id) {
        return "signals.detail:" + id;
    }

    static String verdict(long evaluationId, int position) {
        return "verdicts.explanation:" + evaluationId + ":" + position;
    }

    static String verdictPhrase(long evaluationId, int position) {
        return "verdicts.phrase:" + evaluationId + ":" + position;
    }

    static String signalPhrase(long id) {
        return "signals.phrase:" + id;
    }

    static String decision(String column, long id) {
        return "decisions." + column + ":" + id;
    }

    static String imported(String column, long workstation, long bundle, long decision) {
        return "imported_decisions." + column + ":" + workstation + ":" + bundle + ":" + decision;
    }

    static String importedDocument(long workstation, String sha256) {
        return "imported_documents.sealed:" + workstation + ":" + sha256;
    }

    static String auditDetail(String type, String caseReference) {
        return "audit_events.detail:" + type + ":" + caseReference;
    }
}
