package id.crm.channel.web;

import id.crm.channel.web.internal.JsonIntake;
import java.util.Map;

/**
 * The published JSON Schemas (draft 2020-12) of web submissions, shipped in this jar so that client
 * developers and the adapters read the same contract. Load them with
 * {@code ClassLoader.getResourceAsStream(WebSchemas.REPORT_RESOURCE)}.
 *
 * <p>Thread-safe: the compiled schemas are built once, on first use.
 *
 * @since 0.1
 */
public final class WebSchemas {

    /** Classpath resource of the web report schema, shared by JAKI and Balai Warga. */
    public static final String REPORT_RESOURCE = "id/crm/channel/web/report.schema.json";
    /** Classpath resource of the JAKI schema: the web report schema with a required point. */
    public static final String JAKI_RESOURCE = "id/crm/channel/web/jaki-report.schema.json";
    /** The {@code $id} of the web report schema. */
    public static final String REPORT_ID = "urn:id-crm:schema:channel:web:report:1";
    /** The {@code $id} of the JAKI schema. */
    public static final String JAKI_ID = "urn:id-crm:schema:channel:web:jaki-report:1";

    private WebSchemas() {
    }

    static JsonIntake report() {
        return Holder.REPORT;
    }

    static JsonIntake jaki() {
        return Holder.JAKI;
    }

    private static final class Holder {
        private static final Map<String, String> ALL = Map.of(REPORT_ID, REPORT_RESOURCE, JAKI_ID, JAKI_RESOURCE);
        static final JsonIntake REPORT = JsonIntake.load(ALL, REPORT_ID);
        static final JsonIntake JAKI = JsonIntake.load(ALL, JAKI_ID);
    }
}
