package id.crm.examples.cli;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelException;
import id.crm.channel.spi.ChannelRegistry;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code crm-jakarta channels}: lists every channel adapter found on the class path, one per line,
 * tab-separated under a header ({@code id kind capabilities module}); providers that failed to
 * load are reported on the error stream with their diagnostic code and skipped.
 * Exit codes: 0 listed, 1 discovery failed (two adapters with one id), 64 bad usage.
 *
 * <p>Stateless; each run uses its own registry.
 */
public final class ChannelsCommand {

    private ChannelsCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println("Usage: crm-jakarta channels");
            out.println("Lists the channel adapters found on the class path: id, kind, capabilities, module.");
            return 0;
        }
        if (!args.isEmpty()) {
            err.println("crm-jakarta channels: unexpected argument '" + args.get(0) + "'");
            err.println("Usage: crm-jakarta channels");
            return 64;
        }
        ChannelRegistry registry = new ChannelRegistry();
        ChannelRegistry.DiscoveryReport report;
        try {
            report = registry.discover(ChannelsCommand.class.getClassLoader());
        } catch (ChannelException e) {
            err.println("crm-jakarta channels: " + e.code() + ": " + e.getMessage());
            return 1;
        }
        out.println("id\tkind\tcapabilities\tmodule");
        for (ChannelAdapter a : registry.all()) {
            String caps = a.descriptor().capabilities().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            out.println(a.id() + "\t" + a.descriptor().kind() + "\t" + (caps.isEmpty() ? "-" : caps) + "\t" + module(a));
        }
        report.failures().forEach(err::println);
        return 0;
    }

    /** The jar file name, or the module directory for classes run from a build tree. */
    static String module(ChannelAdapter adapter) {
        CodeSource source = adapter.getClass().getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return "?";
        }
        try {
            Path p = Path.of(location.toURI());
            Path name = p.getFileName();
            if (name != null && name.toString().equals("classes") && p.getParent() != null && p.getParent().getParent() != null) {
                return String.valueOf(p.getParent().getParent().getFileName());
            }
            return name == null ? p.toString() : name.toString();
        } catch (Exception e) {
            return location.toString();
        }
    }
}
