package id.crm.core;

/**
 * Another writer changed the complaint first (optimistic concurrency on its version). The caller
 * may reload and retry; nothing of this attempt was stored.
 *
 * @since 0.1
 */
public class ConcurrencyConflictException extends CrmException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "CRM-CONFLICT";

    public ConcurrencyConflictException(String message) {
        super(CODE, message);
    }
}
