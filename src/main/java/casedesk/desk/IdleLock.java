package casedesk.desk;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Locks the desk when nobody has touched it for a while: every key, click, scroll or move of the
 * mouse over the window starts the wait again.
 */
final class IdleLock {

    private final PauseTransition wait = new PauseTransition();
    private boolean watching;

    IdleLock(Node window, Runnable lock) {
        setTimeout(Settings.DEFAULT_LOCK_AFTER);
        wait.setOnFinished(event -> {
            watching = false;
            lock.run();
        });
        window.addEventFilter(InputEvent.ANY, event -> {
            if (watching) {
                wait.playFromStart();
            }
        });
    }

    /** Zero never locks. */
    void setTimeout(java.time.Duration idle) {
        wait.setDuration(Duration.millis(idle.toMillis()));
    }

    void start() {
        watching = wait.getDuration().greaterThan(Duration.ZERO);
        if (watching) {
            wait.playFromStart();
        }
    }

    void stop() {
        watching = false;
        wait.stop();
    }
}
