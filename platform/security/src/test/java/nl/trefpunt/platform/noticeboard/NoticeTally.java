package nl.trefpunt.platform.noticeboard;

import java.util.concurrent.CompletableFuture;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

/** Counts notices on another thread, as background work in a service would. */
@Service
class NoticeTally {

    private final Notices notices;

    NoticeTally(Notices notices) {
        this.notices = notices;
    }

    @Async
    CompletableFuture<Long> countInBackground() {
        return CompletableFuture.completedFuture(notices.count());
    }
}
