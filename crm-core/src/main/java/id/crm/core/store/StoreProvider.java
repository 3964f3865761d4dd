package id.crm.core.store;

import id.crm.core.ConfigurationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a {@link ComplaintStore} from configuration; found with {@link ServiceLoader}
 * ({@code META-INF/services/id.crm.core.store.StoreProvider}). The in-memory store has no provider
 * on purpose: a store that loses reports must be chosen explicitly.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1
 */
public interface StoreProvider {

    /** Diagnostic code: no store provider was found. */
    String NO_PROVIDER = "CRM-STORE-NONE";
    /** Diagnostic code: several providers and no {@code store} setting to choose one. */
    String AMBIGUOUS = "CRM-STORE-AMBIGUOUS";

    /** The store's kind as configured with the {@code store} key, e.g. {@code jdbc}. */
    String kind();

    /** Opens the store; {@code config} holds settings such as {@code jdbc.url}. */
    ComplaintStore open(Map<String, String> config);

    /** Chooses and opens a store: the provider named by {@code config.get("store")}, or the only one found. */
    static ComplaintStore select(Map<String, String> config, ClassLoader loader) {
        Logger log = LoggerFactory.getLogger(StoreProvider.class);
        List<StoreProvider> found = new ArrayList<>();
        Iterator<StoreProvider> it = ServiceLoader.load(StoreProvider.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                log.warn("CRM-STORE-PROVIDER-FAILED: a store provider failed to load and was skipped: {}", e.getMessage());
            }
        }
        List<String> kinds = found.stream().map(StoreProvider::kind).toList();
        String wanted = config.get("store");
        if (wanted != null) {
            return found.stream().filter(p -> p.kind().equals(wanted)).findFirst()
                    .orElseThrow(() -> new ConfigurationException("no store of kind '" + wanted + "'; found: " + kinds))
                    .open(config);
        }
        if (found.isEmpty()) {
            throw new ConfigurationException(NO_PROVIDER + ": no store provider found; add crm-persistence-jdbc to the "
                    + "class path or pass a store explicitly (an in-memory store loses reports on restart)");
        }
        if (found.size() > 1) {
            throw new ConfigurationException(AMBIGUOUS + ": several store providers found " + kinds
                    + "; choose one with the 'store' setting");
        }
        return found.get(0).open(config);
    }
}
