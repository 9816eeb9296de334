package casedesk.intake;

/** A case.json that cannot be used, with the field at fault named. Nothing of the intake is stored. */
public final class ManifestException extends Exception {

    private final String field;

    public ManifestException(String field, String message) {
        super("case.json: " + (field.isEmpty() ? "" : field + ": ") + message);
        this.field = field;
    }

    /** The field at fault, as a path into the manifest (e.g. {@code applicant.birth_date}, {@code documents[2]}). */
    public String field() {
        return field;
    }
}
