package dev.journeymaps.render.svg;

import dev.journeymaps.render.layout.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The presentation a map's pieces share, said once in a {@code <style>} instead of on every element: a rule per role
 * holding each property that every element of that role has with the same value (a card's fill, outline and its
 * width; a card name's size, weight and colour). What differs between elements of a role (the heat colour of a
 * friction cell) stays an attribute on each. A map of 2,000 touchpoints is then a third smaller, and the picture is
 * the same, since a rule and a presentation attribute set the same property.
 *
 * <p>Each rule is one element name and one class ({@code rect.card}): the plainest selectors, which every program
 * that reads a style sheet in SVG understands (Illustrator writes its own exports this way), and which match no HTML
 * element when the map is inlined in a page. Two maps in different themes inlined in one page share class names, so
 * the later sheet colours both; put such maps in {@code <img>} elements.
 */
final class StyleSheet {

    /** The properties a rule may hold: those CSS and SVG 1.1 presentation attributes spell the same. */
    private static final Set<String> STYLABLE = Set.of("fill", "stroke", "stroke-width", "font-size", "font-weight",
            "text-anchor", "stroke-linejoin", "stroke-linecap", "fill-opacity");
    /** Lengths CSS needs a unit for (a presentation attribute does not). */
    private static final Set<String> LENGTHS = Set.of("stroke-width", "font-size");
    /** Values that are safe in a stylesheet as they are: colours, numbers, keywords. */
    private static final Pattern SAFE = Pattern.compile("[#a-z0-9.-]+");

    /** A sheet with no rules: every property stays an attribute. */
    static final StyleSheet NONE = new StyleSheet(Map.of(), new EnumMap<>(Role.class));

    /** Per selector ({@code rect.card}), in the order first drawn: the properties and their values. */
    private final Map<String, Map<String, String>> rules;
    /** Per role, then element: the properties its rule sets (asked for every attribute written, so no strings made). */
    private final Map<Role, Map<String, Set<String>>> covered;

    private StyleSheet(Map<String, Map<String, String>> rules, Map<Role, Map<String, Set<String>>> covered) {
        this.rules = rules;
        this.covered = covered;
    }

    /** Whether the sheet has no rules. */
    boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * Whether the rule for {@code element}s of {@code role} sets property {@code name} (to the value every such
     * element has).
     */
    boolean covers(String element, Role role, String name) {
        Map<String, Set<String>> byElement = covered.get(role);
        if (byElement == null) {
            return false;
        }
        Set<String> names = byElement.get(element);
        return names != null && names.contains(name);
    }

    private static String selector(String element, Role role) {
        return element + "." + SvgWriter.className(role);
    }

    /** The text of the {@code <style>} element: a rule per line, in the order first drawn. */
    String text() {
        StringBuilder css = new StringBuilder();
        rules.forEach((selector, properties) -> {
            css.append('\n').append(selector).append('{');
            boolean first = true;
            for (Map.Entry<String, String> p : properties.entrySet()) {
                if (!first) {
                    css.append(';');
                }
                first = false;
                css.append(p.getKey()).append(':').append(p.getValue());
                if (LENGTHS.contains(p.getKey())) {
                    css.append("px");
                }
            }
            css.append('}');
        });
        return css.append('\n').toString();
    }

    /** The elements one rule is for. */
    private record Kind(Role role, String element) {}

    /** Collects the presentation of every element of a map, then keeps what each role's elements all share. */
    static final class Builder {

        /** The elements of each rule, in the order first seen. */
        private final List<Kind> kinds = new ArrayList<>();
        /**
         * Per role, then element: the properties seen on every such element so far, and their values. Every node of a
         * map is noted here; finding its rule this way makes no selector string.
         */
        private final Map<Role, Map<String, Map<String, String>>> shared = new EnumMap<>(Role.class);

        /** Notes one {@code element} of {@code role} drawn with {@code style}. */
        void add(String element, Role role, Style style) {
            Map<String, Map<String, String>> byElement = shared.computeIfAbsent(role, r -> new HashMap<>(4));
            Map<String, String> common = byElement.get(element);
            if (common == null) {
                common = new LinkedHashMap<>();
                for (int i = 0; i < style.size(); i++) {
                    if (STYLABLE.contains(style.name(i)) && SAFE.matcher(style.value(i)).matches()) {
                        common.putIfAbsent(style.name(i), style.value(i));
                    }
                }
                kinds.add(new Kind(role, element));
                byElement.put(element, common);
                return;
            }
            for (Iterator<Map.Entry<String, String>> it = common.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, String> p = it.next();
                if (!p.getValue().equals(style.value(p.getKey()))) {
                    it.remove();
                }
            }
        }

        StyleSheet build() {
            Map<String, Map<String, String>> rules = new LinkedHashMap<>();
            Map<Role, Map<String, Set<String>>> covered = new EnumMap<>(Role.class);
            for (Kind kind : kinds) {
                Map<String, String> properties = shared.get(kind.role()).get(kind.element());
                if (!properties.isEmpty()) {
                    rules.put(selector(kind.element(), kind.role()), properties);
                    covered.computeIfAbsent(kind.role(), r -> new HashMap<>()).put(kind.element(), properties.keySet());
                }
            }
            return new StyleSheet(rules, covered);
        }
    }

    /** The presentation properties of one element, in the order they are written as attributes. */
    static final class Style {

        /** Name, value, name, value...: one array, not two lists, since every element drawn makes a style. */
        private String[] properties = new String[12];
        private int size;

        Style add(String name, String value) {
            if (2 * size == properties.length) {
                properties = Arrays.copyOf(properties, 2 * properties.length);
            }
            properties[2 * size] = name;
            properties[2 * size + 1] = value;
            size++;
            return this;
        }

        int size() {
            return size;
        }

        String name(int i) {
            return properties[2 * Objects.checkIndex(i, size)];
        }

        String value(int i) {
            return properties[2 * Objects.checkIndex(i, size) + 1];
        }

        /** The value of the first property called {@code name}, or null. */
        String value(String name) {
            for (int i = 0; i < size; i++) {
                if (properties[2 * i].equals(name)) {
                    return properties[2 * i + 1];
                }
            }
            return null;
        }
    }
}
