package casedesk.model;

import java.util.List;

/** How far the reader could prove a statement it read: its status and the rows (from 1) it could not prove. */
public record StoredReading(ReadingStatus status, List<Integer> unprovenRows) {

    public StoredReading {
        unprovenRows = List.copyOf(unprovenRows);
    }
}
