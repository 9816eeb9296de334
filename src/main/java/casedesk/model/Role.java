package casedesk.model;

/** What a local account may do. */
public enum Role {
    OFFICER,
    SUPERVISOR,
    ADMINISTRATOR;

    public String code() {
        return name().toLowerCase();
    }
}
