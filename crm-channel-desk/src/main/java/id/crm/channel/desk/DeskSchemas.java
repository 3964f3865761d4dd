package id.crm.channel.desk;

import id.crm.channel.desk.internal.JsonIntake;
import java.util.Map;

/**
 * The published JSON Schemas (draft 2020-12) of desk entries, shipped in this jar so that desk
 * applications and the adapters read the same contract.
 *
 * <p>Thread-safe: the compiled schemas are built once, on first use.
 *
 * @since 0.1
 */
public final class DeskSchemas {

    /** Classpath resource of the desk entry schema shared by all desks. */
    public static final String ENTRY_RESOURCE = "id/crm/channel/desk/desk-entry.schema.json";
    /** Classpath resource of the schema for letters and Inspektorat forms: a required paper reference. */
    public static final String LETTER_RESOURCE = "id/crm/channel/desk/letter-entry.schema.json";
    /** The {@code $id} of the desk entry schema. */
    public static final String ENTRY_ID = "urn:id-crm:schema:channel:desk:entry:1";
    /** The {@code $id} of the letter entry schema. */
    public static final String LETTER_ID = "urn:id-crm:schema:channel:desk:letter-entry:1";

    private DeskSchemas() {
    }

    static JsonIntake entry() {
        return Holder.ENTRY;
    }

    static JsonIntake letterEntry() {
        return Holder.LETTER;
    }

    private static final class Holder {
        private static final Map<String, String> ALL = Map.of(ENTRY_ID, ENTRY_RESOURCE, LETTER_ID, LETTER_RESOURCE);
        static final JsonIntake ENTRY = JsonIntake.load(ALL, ENTRY_ID);
        static final JsonIntake LETTER = JsonIntake.load(ALL, LETTER_ID);
    }
}
