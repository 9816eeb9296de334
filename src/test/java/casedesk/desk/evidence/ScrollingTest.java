package casedesk.desk.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the scroll bars go for a highlight to be seen: 1000 of content in a viewport of 200 (range 800). */
class ScrollingTest {

    @Test
    void aBoxInViewAlreadyDoesNotMoveTheView() {
        assertEquals(0.25, Scrolling.valueShowing(300, 20, 1000, 200, 0.25)); // the view shows 200 to 400
    }

    @Test
    void aBoxOutOfViewIsCentred() {
        double value = Scrolling.valueShowing(700, 20, 1000, 200, 0.0);

        double top = value * 800;
        assertEquals(710, top + 100, 1e-9, "the box's middle is the viewport's");
    }

    @Test
    void aBoxTooCloseToTheEdgeIsBroughtIn() {
        // In view, but touching the bottom edge: centred, so that it does not sit against the frame.
        assertEquals((300 + 10 - 100) / 800.0, Scrolling.valueShowing(300, 20, 1000, 200, 0.0), 1e-9);
    }

    @Test
    void aBoxLongerThanTheViewportShowsItsStart() {
        assertEquals(500 / 800.0, Scrolling.valueShowing(500, 400, 1000, 200, 0.0), 1e-9);
    }

    @Test
    void nearTheEndsTheValueStopsAtTheBounds() {
        assertEquals(1.0, Scrolling.valueShowing(990, 10, 1000, 200, 0.0));
        assertEquals(0.0, Scrolling.valueShowing(0, 10, 1000, 200, 1.0));
    }

    @Test
    void contentThatFitsIsNotScrolled() {
        assertEquals(0.0, Scrolling.valueShowing(50, 10, 150, 200, 0.0));
    }
}
