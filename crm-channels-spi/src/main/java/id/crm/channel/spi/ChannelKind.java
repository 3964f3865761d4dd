package id.crm.channel.spi;

/**
 * The three kinds of complaint channel, which decide how a report is placed.
 *
 * @since 0.1
 */
public enum ChannelKind {
    /** Apps that send a point with every report (JAKI, Qlue): placed automatically. */
    GEOTAGGING,
    /** Text channels (social media, SMS, email, web form without map): placed by text or by staff. */
    NON_GEOTAGGING,
    /** Desks and letters, entered by staff on behalf of the reporter. */
    FACE_TO_FACE
}
