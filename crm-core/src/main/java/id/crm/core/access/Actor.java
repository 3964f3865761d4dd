package id.crm.core.access;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who issues a command: a user id, a role and the unit they act for. Every command carries one; the
 * workflow checks the role and the unit against the very complaint the command is about.
 *
 * <p>Immutable and thread-safe.
 *
 * @param userId the user's id in the deployment (never a citizen's personal data)
 * @param role what the actor may do
 * @param unitCode the unit the actor acts for; absent for reporters and the system
 * @since 0.1
 */
public record Actor(String userId, Role role, @Nullable String unitCode) {

    /** The engine itself. */
    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM, null);
    /** The reporter, acting with their token. */
    public static final Actor REPORTER = new Actor("reporter", Role.REPORTER, null);

    public Actor {
        requireNonNull(userId, "userId");
        requireNonNull(role, "role");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        if ((role == Role.OPERATOR) && unitCode == null) {
            throw new IllegalArgumentException("an operator must act for a unit");
        }
    }

    public static Actor operator(String userId, String unitCode) {
        return new Actor(userId, Role.OPERATOR, requireNonNull(unitCode, "unitCode"));
    }

    public static Actor verifier(String userId, String unitCode) {
        return new Actor(userId, Role.VERIFIER, unitCode);
    }

    public static Actor intake(String userId, @Nullable String unitCode) {
        return new Actor(userId, Role.INTAKE, unitCode);
    }

    public Optional<String> unit() {
        return Optional.ofNullable(unitCode);
    }

    public boolean actsFor(@Nullable String code) {
        return unitCode != null && unitCode.equals(code);
    }
}
