package id.crm.testkit.channel;

import java.util.Locale;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the number of tries of the kit's properties from the environment: {@value #CI_TRIES} when
 * the environment variable {@code CI} is {@code true} (as GitHub Actions, GitLab CI and most CI
 * services set it), {@value #LOCAL_TRIES} otherwise, so a local build stays quick. The system
 * property {@code crm.testkit.tries} overrides both.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CiTries implements AroundPropertyHook {

    /** Tries per property on CI. */
    public static final int CI_TRIES = 10_000;
    /** Tries per property in a local build. */
    public static final int LOCAL_TRIES = 1_000;

    /** The number of tries for this run; see the class comment. */
    public static int tries() {
        String override = System.getProperty("crm.testkit.tries");
        if (override != null && override.matches("[1-9][0-9]{0,8}")) {
            return Integer.parseInt(override);
        }
        String ci = System.getenv("CI");
        return ci != null && ci.trim().toLowerCase(Locale.ROOT).equals("true") ? CI_TRIES : LOCAL_TRIES;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        return property.execute();
    }
}
