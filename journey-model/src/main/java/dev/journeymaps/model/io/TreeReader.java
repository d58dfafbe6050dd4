package dev.journeymaps.model.io;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Turns YAML or JSON text into a tree of located {@link Node}s, reporting what the parser cannot read as problems.
 *
 * <p>Jackson parses; this class only walks its tokens. Walking tokens rather than binding to classes keeps every
 * value's line and column, lets duplicate keys and aliases become problems instead of silently "last one wins" or an
 * anchor's name, and never turns YAML tags into Java types.
 */
final class TreeReader {

    private static final int READ_BUFFER_CHARS = 1 << 16;

    private final ReadLimits limits;
    private final Budget budget;
    private final String file;
    private final List<Problem> problems;
    private final TokenStreamFactory factory;
    private int depth;
    /** Set when a value was refused (an alias): binding half a document would only report follow-on problems. */
    private boolean broken;

    TreeReader(ReadLimits limits, String file, boolean json, List<Problem> problems) {
        this(limits, new Budget(limits), file, json, problems);
    }

    TreeReader(ReadLimits limits, Budget budget, String file, boolean json, List<Problem> problems) {
        this.limits = limits;
        this.budget = budget;
        this.file = file;
        this.problems = problems;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentChars())
                // Texts are checked against the text limit where they are bound, with their location; the parser's
                // own cap only has to keep a single token within the document limit.
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentChars()))
                // One more than ours, so that our own check, with its location and words, always trips first.
                .maxNestingDepth(limits.maxDepth() + 1)
                .build();
        this.factory = json
                ? JsonFactory.builder().streamReadConstraints(constraints).build()
                : YAMLFactory.builder()
                        .streamReadConstraints(constraints)
                        // SnakeYAML has its own cap (3 MB) that trips seconds into a large file; ours is checked
                        // before parsing starts, so its cap only has to stay out of the way.
                        .loadSettings(LoadSettings.builder()
                                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentChars()))
                                // Duplicates reach our tree builder, which reports them with both lines.
                                .setAllowDuplicateKeys(true)
                                // SnakeYAML copies the unread part of a token at every refill of its buffer, so
                                // a token costs its length squared over the buffer size: with the default 1,024
                                // chars, a 1 MB name took seconds to reach our text limit.
                                .setBufferSize(READ_BUFFER_CHARS)
                                .build())
                        .build();
    }

    /** The document's root node, or empty when it cannot be read (the problems say why). */
    Optional<Node> read(String content) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new PairSafeReader(content))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Problem.error("yaml.empty", "the file holds no journey", at(1, 1))
                        .withHint("start with 'journey:', 'personas:' and 'stages:' (see docs/format.md)"));
                return Optional.empty();
            }
            Node root = node(parser);
            if (root == null || broken) {
                return Optional.empty();
            }
            JsonToken after = parser.nextToken();
            if (after != null) {
                problems.add(Problem.error(
                                "yaml.multiple-documents",
                                "the file holds more than one document",
                                location(parser.currentTokenLocation()))
                        .withHint("keep one journey per file; remove the '---' line and what follows"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (LimitException e) {
            problems.add(e.problem);
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            // Jackson's words name its own API ("from `StreamReadConstraints.getMaxNumberLength()`"): keep what
            // the limit is and drop where it lives.
            String what = firstLine(e).replaceAll(",? *from `[^`]*`", "").replace("()", "");
            problems.add(Problem.error("limit.exceeded", "the file exceeds a reading limit: " + what,
                            location(e.getLocation()))
                    .withHint("no journey needs a value this large: check how the file was made"));
            return Optional.empty();
        } catch (JacksonException e) {
            problems.add(syntaxProblem(e, location(e.getLocation()), content));
            return Optional.empty();
        } catch (YamlEngineException e) {
            // Some malformed input reaches us as SnakeYAML's own exception, not wrapped by Jackson.
            problems.add(syntaxProblem(e, at(1, 1), content));
            return Optional.empty();
        } catch (IndexOutOfBoundsException | IllegalStateException | IllegalArgumentException e) {
            // Defence in depth: a parser bug on odd input is still the input's problem to report, not a crash.
            problems.add(Problem.error("yaml.syntax", "cannot parse this file (" + e.getClass().getSimpleName() + ")",
                    at(1, 1)).withHint("look for unusual characters; please report the file to journey-maps"));
            return Optional.empty();
        }
    }

    /** Reads the value at the current token; null when a problem stops the walk. */
    private Node node(JsonParser parser) {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            problems.add(Problem.error(
                            "yaml.alias",
                            "YAML aliases (" + Quote.of("*" + parser.getString()) + ") are not supported",
                            location(parser.currentTokenLocation()))
                    .withHint("write the value out in full; aliases make files hard to review and can blow up in size"));
            broken = true;
            return null;
        }
        SourceLocation where = location(parser.currentTokenLocation());
        budget.spend(where);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> map(parser, where);
            case START_ARRAY -> list(parser, where);
            case VALUE_STRING -> new Node.ScalarNode(Node.Kind.STRING, parser.getString(), Double.NaN, where);
            case VALUE_NUMBER_INT -> new Node.ScalarNode(
                    Node.Kind.INTEGER, parser.getString(), parser.getNumberValue().doubleValue(), where);
            case VALUE_NUMBER_FLOAT -> new Node.ScalarNode(
                    Node.Kind.FLOAT, parser.getString(), parser.getNumberValue().doubleValue(), where);
            case VALUE_TRUE, VALUE_FALSE -> new Node.ScalarNode(Node.Kind.BOOLEAN, parser.getString(), Double.NaN, where);
            case VALUE_NULL -> new Node.ScalarNode(Node.Kind.NULL, "", Double.NaN, where);
            default -> {
                problems.add(Problem.error("yaml.syntax", "unexpected " + token, where));
                yield null;
            }
        };
    }

    private Node map(JsonParser parser, SourceLocation where) {
        enter(where);
        List<Node.Entry> entries = new ArrayList<>();
        // Duplicate keys of a small map are found by looking through it; a large one keeps an index while it grows.
        Map<String, Node.Entry> seen = new HashMap<>();
        boolean broken = false;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            SourceLocation keyAt = location(parser.currentTokenLocation());
            if (entries.size() >= limits.maxEntries()) {
                throw new LimitException(Problem.error("limit.too-many-entries", "this map has more than "
                                + count(limits.maxEntries()) + " keys", keyAt)
                        .withHint(budgetHint()));
            }
            parser.nextToken();
            Node value = node(parser);
            if (value == null) {
                broken = true;
                parser.skipChildren();
                continue;
            }
            Node.Entry earlier = find(entries, seen, key);
            if (earlier != null) {
                problems.add(Problem.error(
                                "yaml.duplicate-key",
                                "key " + Quote.of(key) + " appears twice in the same map (first at line "
                                        + earlier.keyLocation().line() + ")",
                                keyAt)
                        .withHint("keep one of them; YAML does not merge repeated keys"));
                continue;
            }
            Node.Entry entry = new Node.Entry(key, keyAt, value);
            entries.add(entry);
            if (entries.size() > Node.MapNode.INDEXED) {
                if (seen.isEmpty()) {
                    entries.forEach(e -> seen.put(e.key(), e));
                } else {
                    seen.put(key, entry);
                }
            }
        }
        depth--;
        return broken && entries.isEmpty() ? null : Node.MapNode.of(entries, where);
    }

    private static Node.Entry find(List<Node.Entry> entries, Map<String, Node.Entry> seen, String key) {
        if (entries.size() > Node.MapNode.INDEXED) {
            return seen.get(key);
        }
        for (Node.Entry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    private Node list(JsonParser parser, SourceLocation where) {
        enter(where);
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (items.size() >= limits.maxEntries()) {
                throw new LimitException(Problem.error("limit.too-many-entries", "this list has more than "
                                + count(limits.maxEntries()) + " items", location(parser.currentTokenLocation()))
                        .withHint(budgetHint()));
            }
            Node item = node(parser);
            if (item != null) {
                items.add(item);
            } else {
                parser.skipChildren();
            }
        }
        depth--;
        return new Node.ListNode(List.copyOf(items), where);
    }

    private void enter(SourceLocation where) {
        if (++depth > limits.maxDepth()) {
            throw new LimitException(Problem.error("limit.exceeded", "maps and lists are nested more than "
                            + limits.maxDepth() + " levels deep", where)
                    .withHint("a journey needs about 8 levels: look for unclosed brackets or a runaway generator"));
        }
    }

    private static String count(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    static String budgetHint() {
        return "split the file, or raise the limit with --max-entries / --max-values if the file is trusted";
    }

    /**
     * Values a reading may still hold, shared by a journey and the files it includes: the node budget of
     * {@link ReadLimits#maxValues()}.
     */
    static final class Budget {
        private final int limit;
        private int left;

        Budget(ReadLimits limits) {
            this.limit = limits.maxValues();
            this.left = limit;
        }

        void spend(SourceLocation where) {
            if (--left < 0) {
                throw new LimitException(Problem.error("limit.too-many-values", "the journey holds more than "
                                + count(limit) + " values (maps, lists, texts and numbers)", where)
                        .withHint(budgetHint()));
            }
        }
    }

    /** A limit reached while walking: the walk stops with its problem. */
    private static final class LimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        LimitException(Problem problem) {
            super(problem.code(), null, false, false);
            this.problem = problem;
        }
    }

    private SourceLocation location(TokenStreamLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return at(1, 1);
        }
        return at(l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private SourceLocation at(int line, int column) {
        return SourceLocation.of(file, line, column);
    }

    /**
     * SnakeYAML knows two places: where the construct began (the context) and where it broke (the problem); Jackson
     * reports the first. The second, with SnakeYAML's own words for it, is what an author needs.
     */
    private Problem syntaxProblem(RuntimeException e, SourceLocation fallback, String content) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
                Mark mark = marked.getProblemMark().get();
                String problem = marked.getProblem() == null ? "malformed YAML" : marked.getProblem().strip();
                String context = marked.getContext() == null ? "" : " (" + marked.getContext().strip() + ")";
                return Problem.error("yaml.syntax", problem + context, at(mark.getLine() + 1, mark.getColumn() + 1))
                        .withHint(hintFor(problem, line(content, mark.getLine()), mark.getColumn()));
            }
        }
        String message = e instanceof JacksonException je ? firstLine(je)
                : String.valueOf(e.getMessage()).lines().findFirst().orElse("malformed input");
        return Problem.error("yaml.syntax", "cannot parse: " + message, fallback)
                .withHint("check indentation, quotes and colons around this line");
    }

    /**
     * What to do about {@code problem}, found at {@code column} (from 0) of {@code line}. SnakeYAML's "mapping values
     * are not allowed here" has two usual causes in a hand-written journey, told apart by whether the line already
     * had a key before the colon it stopped at.
     */
    private static String hintFor(String problem, String line, int column) {
        if (problem.contains("'\\t'") || problem.contains("\\t")) {
            return "YAML indents with spaces only; replace the tab with spaces";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            String before = line.substring(0, Math.min(Math.max(column, 0), line.length())).strip();
            return before.contains(": ")
                    ? "the value has ': ' in it: put the whole value in quotes, as in name: \"Step 1: open the box\""
                    : "this key is indented deeper than the key on the line above: start it in the same column";
        }
        return "check indentation, quotes, brackets and colons around this line";
    }

    /** Line {@code index} (from 0) of {@code text}, or "" past its end: read only when reporting a syntax error. */
    private static String line(String text, int index) {
        return text.lines().skip(index).findFirst().orElse("");
    }

    private static String firstLine(JacksonException e) {
        String m = e.getOriginalMessage();
        return m == null ? "malformed input" : m.lines().findFirst().orElse(m).strip();
    }
}
