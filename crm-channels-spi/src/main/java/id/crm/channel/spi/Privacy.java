package id.crm.channel.spi;

/**
 * The reporter's privacy choice for one report.
 *
 * @since 0.1
 */
public enum Privacy {
    /** The report and its timeline are public; the reporter's identity never is. */
    PUBLIC,
    /** <i>Anonim</i>: the report is public, and even officers see no identity unless they reveal it. */
    ANONYMOUS,
    /** <i>Rahasia</i>: the report itself is not public; only the reporter's token shows progress. */
    CONFIDENTIAL
}
