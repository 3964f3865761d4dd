package id.crm.channel.social;

/**
 * The network side of answering on X: a deployment implements it over the X API
 * ({@code POST /2/tweets} with {@code reply.in_reply_to_tweet_id}). Tests use a recording fake.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface XClient {

    /** Posts {@code text} as a reply to the tweet {@code inReplyToTweetId}. */
    void postReply(String inReplyToTweetId, String text);
}
