package id.crm.channel.desk.internal;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.Privacy;
import java.time.DayOfWeek;
import java.util.Optional;

/**
 * What distinguishes one desk channel from another.
 *
 * @param channelId the channel id
 * @param paperReferenceRequired whether every entry must carry the paper's reference number
 * @param defaultPrivacy the privacy of an entry that does not say
 * @param weekendDay the day on which this desk opens as a weekend desk, if it does
 */
public record DeskRules(String channelId, boolean paperReferenceRequired, Privacy defaultPrivacy,
                        Optional<DayOfWeek> weekendDay) {

    public DeskRules {
        requireNonNull(channelId, "channelId");
        requireNonNull(defaultPrivacy, "defaultPrivacy");
        requireNonNull(weekendDay, "weekendDay");
    }
}
