package id.crm.channel.social;

/**
 * The network side of answering on Facebook, over the Graph API: a comment under a post or
 * comment ({@code POST /{object-id}/comments}) or a message to a person who wrote to the page
 * ({@code POST /me/messages} with the page-scoped id). Tests use a recording fake.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1
 */
public interface FacebookGraph {

    /** Comments on a post or replies to a comment. */
    void comment(String objectId, String text);

    /** Sends a message to a page-scoped user id (PSID). */
    void sendMessage(String psid, String text);
}
