package id.crm.core.complaint;

/**
 * The internal status of a complaint. The names are the statuses citizens know from Jakarta's apps;
 * what a channel displays is derived from them, never stored in their place.
 *
 * @since 0.1
 */
public enum Status {
    /** Waiting at the kelurahan (or, when not yet placed, at the intake desk). */
    MENUNGGU("Menunggu", false),
    /** Passed to the competent unit. */
    KOORDINASI("Koordinasi", false),
    /** A dinas has ordered its suku dinas to handle it. */
    DISPOSISI("Disposisi", false),
    /** Work under way. */
    PROSES("Proses", false),
    /** Done, with photo evidence, awaiting verification. */
    SELESAI("Selesai", false),
    /** Verified and closed. */
    DITUTUP("Selesai (terverifikasi)", true),
    /** Rejected, with a reason. */
    DITOLAK("Ditolak", true),
    /** Merged into a master report. */
    DUPLIKAT("Duplikat", true),
    /** The reporter disputed the result; back with the unit that did the work. */
    DIBUKA_KEMBALI("Dibuka kembali", false);

    private final String label;
    private final boolean terminal;

    Status(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    /** The Indonesian label citizens see. */
    public String label() {
        return label;
    }

    /** Whether no more work is expected (a closed report can still be reopened within its window). */
    public boolean isTerminal() {
        return terminal;
    }

    /** Whether the report is still being handled (not done, closed, rejected or merged). */
    public boolean isOpen() {
        return !terminal && this != SELESAI;
    }
}
