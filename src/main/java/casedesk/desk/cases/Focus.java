package casedesk.desk.cases;

import casedesk.model.Box;

/**
 * What the evidence viewer should show: a place on a page of a document, and the key of the thing
 * there (a figure id, a transaction row, a signal), so that a click on the page can select it back.
 */
public record Focus(long documentId, int page, Box box, String key) {

    public static String figureKey(long figureId) {
        return "figure:" + figureId;
    }

    public static String transactionKey(long documentId, int row) {
        return "transaction:" + documentId + ":" + row;
    }

    public static String signalKey(long documentId, int index) {
        return "signal:" + documentId + ":" + index;
    }
}
