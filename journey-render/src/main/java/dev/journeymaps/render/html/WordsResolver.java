package dev.journeymaps.render.html;

import dev.journeymaps.render.words.Words;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Resolves the templates' {@code #{key}} and {@code #{key(${value})}} from {@link Words} in the language of the
 * template context's locale, which the report sets from the journey. It replaces Thymeleaf's
 * {@code StandardMessageResolver}, which formats every message holding a brace or an apostrophe with a
 * {@link java.text.MessageFormat} of that locale (dropping Italian apostrophes, writing numbers the locale's way) and
 * shows a missing key as {@code ??key_fa??}; here a missing key fails the page.
 */
final class WordsResolver implements IMessageResolver {

    @Override
    public String getName() {
        return "journey-words";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return Words.forReport(context.getLocale()).get(key, messageParameters);
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        throw new IllegalArgumentException("no report word '" + key + "'");
    }
}
