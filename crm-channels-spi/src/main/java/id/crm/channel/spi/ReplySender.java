package id.crm.channel.spi;

/**
 * Replies to a reporter on the channel they used (an SMS with the report number, a tweet reply).
 * Implementations talk to the network; tests use a recording fake.
 *
 * @since 0.1
 */
public interface ReplySender {

    /**
     * @param to the reporter's contact as the channel delivered it
     * @param inReplyTo the external id of the report being answered
     * @param text the reply
     */
    void reply(ReporterContact to, String inReplyTo, String text);
}
