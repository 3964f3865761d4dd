package id.crm.channel.spi;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * What a channel is, for people and tools: its display name, kind, capabilities and version.
 *
 * <p>Immutable and thread-safe.
 *
 * @param displayName the name shown to officers, e.g. {@code "Qlue"}
 * @param kind how reports from this channel are placed
 * @param capabilities optional capabilities beyond parsing
 * @param version the adapter's version, e.g. {@code "1.0"}
 * @since 0.1
 */
public record ChannelDescriptor(String displayName, ChannelKind kind, Set<Capability> capabilities, String version) {

    public ChannelDescriptor {
        requireNonNull(displayName, "displayName");
        requireNonNull(kind, "kind");
        capabilities = Set.copyOf(requireNonNull(capabilities, "capabilities"));
        requireNonNull(version, "version");
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank");
        }
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }
}
