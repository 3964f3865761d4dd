package id.crm.testkit.channel;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a call with a preemptive time limit on a shared pool of daemon threads, like JUnit's
 * {@code assertTimeoutPreemptively} but cheap enough for thousands of property tries. A call that
 * hangs fails the test and leaves its daemon thread behind; it cannot stop the JVM from exiting.
 *
 * <p>Thread-safe.
 */
final class Bounded {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "crm-testkit-bounded");
        t.setDaemon(true);
        return t;
    });

    private Bounded() {
    }

    /** The call's result; its exception rethrown as is; an assertion failure when it runs too long. */
    static <T> T call(Duration limit, String what, Callable<T> call) throws Throwable {
        Future<T> f = POOL.submit(call);
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionFailedError(what + " did not finish within " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }
}
