package id.crm.examples.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line entry point behind {@code bin/crm-jakarta}: dispatches to one subcommand.
 * Exit codes: 0 success, 1 failure, 2 rejected input, 64 bad usage.
 */
public final class Main {

    /** A subcommand: arguments after its name in, exit code out. */
    @FunctionalInterface
    interface Subcommand {
        int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
    }

    private record Entry(String summary, Subcommand command) {
    }

    private static final Map<String, Entry> COMMANDS = new LinkedHashMap<>();

    static {
        // Hibernate Validator logs through JBoss Logging; send it to SLF4J like everything else.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        COMMANDS.put("demo", new Entry("file one complaint and walk it through the workflow, printing its public timeline",
                DemoCommand::run));
        COMMANDS.put("channels", new Entry("list every discovered channel: id, kind, capabilities, module",
                ChannelsCommand::run));
        COMMANDS.put("parse", new Entry("run one raw delivery through a channel adapter and print the reports as JSON Lines",
                ParseCommand::run));
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            usage(out);
            return 0;
        }
        Entry e = COMMANDS.get(args.get(0));
        if (e == null) {
            err.println("crm-jakarta: unknown command '" + args.get(0) + "'");
            usage(err);
            return 64;
        }
        try {
            return e.command().run(args.subList(1, args.size()), out, err);
        } catch (Exception ex) {
            err.println("crm-jakarta " + args.get(0) + ": " + ex.getMessage());
            return 1;
        }
    }

    static void usage(PrintStream out) {
        out.println("Usage: crm-jakarta <command> [options]");
        out.println();
        out.println("Commands:");
        COMMANDS.forEach((name, e) -> out.printf("  %-10s %s%n", name, e.summary()));
        out.println();
        out.println("Run 'crm-jakarta <command> --help' for a command's options.");
    }
}
