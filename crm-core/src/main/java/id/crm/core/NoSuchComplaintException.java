package id.crm.core;

/**
 * No complaint has the given id, report number or token.
 *
 * @since 0.1
 */
public class NoSuchComplaintException extends CrmException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "CRM-NO-SUCH-COMPLAINT";

    public NoSuchComplaintException(String message) {
        super(CODE, message);
    }
}
