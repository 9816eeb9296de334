package casedesk.model;

import java.time.Instant;

/**
 * A workstation whose audit bundles a supervisor's caseload imported: the label it is known by, its
 * key fingerprint, when and by whom its latest bundle was imported, the head of its trail as that
 * bundle showed it, how many decisions it holds, and how many of their documents its bundles carried.
 *
 * @param acknowledged an acknowledged break the workstation's trail is intact since, or ""
 */
public record ImportedWorkstation(String label, String fingerprint, Instant importedAt, String importedBy,
        long headSequence, String headHash, long events, long decisions, String acknowledged, long documents) {
}
