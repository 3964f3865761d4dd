package id.crm.core;

/**
 * The store failed (a database error, an unreachable server). Wraps the cause, e.g. an
 * {@code SQLException}, at the storage boundary.
 *
 * @since 0.1
 */
public class StoreException extends CrmException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "CRM-STORE";

    public StoreException(String message, Throwable cause) {
        super(CODE, message, cause);
    }

    public StoreException(String message) {
        super(CODE, message);
    }
}
