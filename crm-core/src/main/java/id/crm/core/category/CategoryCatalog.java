package id.crm.core.category;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import id.crm.core.ConfigurationException;
import id.crm.core.org.OrgDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The categories of one deployment, by code, checked against its {@link OrgDirectory}: every
 * default unit must exist. Also finds a category by a channel's free-text hint ("Parkir liar ").
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CategoryCatalog {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ImmutableMap<String, Category> byCode;
    private final ImmutableMap<String, Category> byKey;

    private CategoryCatalog(Map<String, Category> byCode) {
        this.byCode = ImmutableMap.copyOf(byCode);
        Map<String, Category> keys = new LinkedHashMap<>();
        byCode.values().forEach(c -> {
            keys.putIfAbsent(key(c.code()), c);
            keys.putIfAbsent(key(c.name()), c);
        });
        this.byKey = ImmutableMap.copyOf(keys);
    }

    /**
     * @throws ConfigurationException listing duplicate codes and unknown default units
     */
    public static CategoryCatalog of(Collection<Category> categories, OrgDirectory directory) {
        List<String> problems = new ArrayList<>();
        Map<String, Category> byCode = new LinkedHashMap<>();
        for (Category c : categories) {
            if (byCode.putIfAbsent(c.code(), c) != null) {
                problems.add("category code " + c.code() + " is used twice");
            }
            c.defaultUnit().filter(u -> !directory.contains(u))
                    .ifPresent(u -> problems.add("category " + c.code() + " names unknown default unit " + u));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the category catalog is invalid", problems);
        }
        return new CategoryCatalog(byCode);
    }

    record CategoryJson(@Nullable String code, @Nullable String name, @Nullable String defaultUnit,
                        @Nullable Boolean kelurahanFirst, @Nullable Integer weight) {
    }

    record FileJson(@Nullable List<CategoryJson> categories) {
    }

    /**
     * Reads {@code {"categories": [{"code", "name", "defaultUnit", "kelurahanFirst", "weight"}]}}.
     *
     * @throws ConfigurationException listing every problem
     */
    public static CategoryCatalog load(InputStream json, OrgDirectory directory) {
        FileJson file;
        try {
            file = JSON.readValue(requireNonNull(json, "json"), FileJson.class);
        } catch (IOException e) {
            throw new ConfigurationException("the category JSON cannot be read: " + e.getMessage(), e);
        }
        if (file == null || file.categories() == null) {
            throw new ConfigurationException("the category JSON has no \"categories\" array");
        }
        List<String> problems = new ArrayList<>();
        List<Category> out = new ArrayList<>();
        for (int i = 0; i < file.categories().size(); i++) {
            CategoryJson c = file.categories().get(i);
            try {
                out.add(new Category(requireNonNull(c.code(), "code is required"),
                        c.name() == null ? c.code() : c.name(), c.defaultUnit(),
                        Boolean.TRUE.equals(c.kelurahanFirst()), c.weight() == null ? 1 : c.weight()));
            } catch (RuntimeException e) {
                problems.add("categories[" + i + "]: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the category JSON is invalid", problems);
        }
        return of(out, directory);
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** @throws ConfigurationException when the code is unknown */
    public Category get(String code) {
        return find(code).orElseThrow(() -> new ConfigurationException("unknown category '" + code + "'"));
    }

    /** Finds a category by a free-text hint: its code or name, ignoring case, accents, spaces and punctuation. */
    public Optional<Category> match(String hint) {
        return Optional.ofNullable(byKey.get(key(hint)));
    }

    public Collection<Category> all() {
        return byCode.values();
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
