package dev.journeymaps.model.mermaid;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Ids derived from names, as Mermaid has none: {@code Efficient Emma} becomes {@code efficient-emma}, unique per kind. */
final class Slugs {

    private static final int MAX = 48;
    private final Set<String> used = new HashSet<>();
    private final String fallback;

    Slugs(String fallback) {
        this.fallback = fallback;
    }

    String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        String base = slug.isEmpty() ? fallback + "-" + (used.size() + 1) : slug;
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
