package id.crm.core;

/**
 * The actor may not do this to this very complaint (wrong role, or another unit's report).
 * Nothing was changed.
 *
 * @since 0.1
 */
public class NotPermittedException extends CrmException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "CRM-NOT-PERMITTED";

    public NotPermittedException(String message) {
        super(CODE, message);
    }
}
