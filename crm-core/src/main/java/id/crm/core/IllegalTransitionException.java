package id.crm.core;

/**
 * A workflow command that the complaint's current state does not allow (resolving a report that is
 * not in work, closing one without evidence). Nothing was changed.
 *
 * @since 0.1
 */
public class IllegalTransitionException extends CrmException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "CRM-ILLEGAL-TRANSITION";

    public IllegalTransitionException(String message) {
        super(CODE, message);
    }
}
