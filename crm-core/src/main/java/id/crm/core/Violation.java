package id.crm.core;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with an input: where ({@code path}, e.g. {@code reporter.phone}) and what.
 *
 * @param path the field path, empty for the input as a whole
 * @param message what is wrong, for people
 * @since 0.1
 */
public record Violation(String path, String message) {

    public Violation {
        requireNonNull(path, "path");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
