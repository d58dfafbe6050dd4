package dev.journeymaps.model.validate;

import dev.journeymaps.model.Ids;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.stream.Stream;

/** {@code id.invalid}: ids are ASCII letters, digits, '-' and '_', starting with a letter or digit, 64 at most. */
final class IdRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        return Stream.of(
                        Stream.of(check("journey", journey.id(), journey.location())),
                        journey.personas().stream().map(p -> check("persona", p.id(), p.location())),
                        journey.stages().stream().map(s -> check("stage", s.id(), s.location())),
                        journey.touchpoints().stream().map(t -> check("touchpoint", t.id(), t.location())))
                .flatMap(s -> s)
                .flatMap(s -> s);
    }

    private static Stream<Problem> check(String kind, String id, SourceLocation at) {
        if (Ids.isValid(id)) {
            return Stream.empty();
        }
        return Stream.of(Problem.error("id.invalid", kind + " id '" + id + "' breaks the id rule", at)
                .withHint("ids are ASCII letters, digits, '-' and '_', start with a letter or digit and have at most "
                        + Ids.MAX_LENGTH + " characters; put other text in 'name'" + suggestion(id)));
    }

    private static String suggestion(String id) {
        String slug = java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9_-]+", "-")
                .replaceAll("^[-_]+|-+$", "");
        slug = slug.length() > Ids.MAX_LENGTH ? slug.substring(0, Ids.MAX_LENGTH) : slug;
        return Ids.isValid(slug) ? ", such as '" + slug + "'" : "";
    }
}
