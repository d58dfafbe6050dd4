package dev.journeymaps.render.html;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.render.RenderException;
import dev.journeymaps.render.words.Words;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The one Thymeleaf engine of the report: HTML templates from the class path, escaping by default, words from
 * {@link Words} in the journey's language.
 */
final class Templates {

    private static final TemplateEngine ENGINE = engine();

    private Templates() {}

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("dev/journeymaps/render/html/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new WordsResolver());
        return engine;
    }

    /**
     * The page {@code template} filled with {@code variables}, its words ({@code #{key}}) in {@code lang}; Thymeleaf's
     * exceptions do not leak.
     */
    static String render(String template, String lang, Map<String, Object> variables) {
        return render(template, Locale.forLanguageTag(lang), variables);
    }

    /**
     * {@code template} filled with {@code variables}, its words in {@code locale}'s language and digits (a journey
     * written {@code digits: latin} comes as {@code fa-u-nu-latn}).
     */
    static String render(String template, Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale, variables);
        try {
            // The page keeps no control character (NUL, BEL, ESC...) or bidi override of the journey's text; the
            // templates' own lines end in '\n' (.gitattributes), so a stray '\r' goes with them.
            return CleanText.stripped(ENGINE.process(template, context));
        } catch (TemplateEngineException e) {
            throw new RenderException("cannot write the HTML report: " + e.getMessage(), e);
        }
    }
}
