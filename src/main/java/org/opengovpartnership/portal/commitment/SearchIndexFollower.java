package org.opengovpartnership.portal.commitment;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.opengovpartnership.portal.system.ContentVersionsMoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's {@link CommitmentIndex} up with changes committed on other
 * instances: when their content versions move (PostgreSQL notifies every instance), the
 * members they name are indexed again, or every commitment after an import, one change
 * after another on a thread of its own; searches see the old index until then.
 */
@Component
class SearchIndexFollower implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexFollower.class);

	private final CommitmentIndex index;

	private final ExecutorService follower = Executors.newSingleThreadExecutor((work) -> {
		Thread thread = new Thread(work, "search-index-follower");
		thread.setDaemon(true);
		return thread;
	});

	SearchIndexFollower(CommitmentIndex index) {
		this.index = index;
	}

	@EventListener
	void on(ContentVersionsMoved moved) {
		// Not started: the start brings the index up to what is committed.
		if (!this.index.follows()) {
			return;
		}
		this.follower.execute(() -> {
			try {
				if (moved.everyMember()) {
					this.index.rebuildForAnotherInstance();
				}
				else {
					moved.slugs().forEach(this.index::reindex);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not index a change made on another instance; restarting this one rebuilds its index",
						ex);
			}
		});
	}

	@Override
	public void destroy() {
		this.follower.shutdownNow();
	}

}
