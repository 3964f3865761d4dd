package id.crm.core;

import java.util.List;

/**
 * The engine or one of its parts is configured wrongly (an invalid org directory, no store, two
 * stores discovered). The message says what to do; {@link #problems()} lists every problem.
 *
 * @since 0.1
 */
public class ConfigurationException extends CrmException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "CRM-CONFIG";
    private final transient List<String> problems;

    public ConfigurationException(String message) {
        this(message, List.of());
    }

    public ConfigurationException(String message, List<String> problems) {
        super(CODE, problems.isEmpty() ? message : message + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(CODE, message, cause);
        this.problems = List.of();
    }

    public List<String> problems() {
        return problems;
    }
}
