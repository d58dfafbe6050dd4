package dev.journeymaps.render.layout;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Opportunity;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.MetricTrend;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.model.graph.JourneyGraph;
import dev.journeymaps.render.Typography;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Icon;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Shape;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A touchpoint's card: its name, its worst pain point and its channel (icon and name), with markers for pain,
 * moments of truth and exits; dashed when only assumed. When the journey is analysed, a heat bar down the card's left
 * edge shows its friction (on the scale of the friction lane; none where nothing stands behind the score), a hotspot
 * carries its rank beside its other markers, and the card says which share of customers reach it. When some
 * touchpoint of the journey has survey answers in two periods or more, every card gets a line for the trend of its
 * figure in use ({@code CSAT 46% ▼17 pts · n=24}); when some touchpoint sends customers to an abandoned exit, a line
 * for the customers lost there per 1,000 entering. Cards of one map are all as tall, so their rows stay aligned.
 * The full text of everything the touchpoint says goes into the card's tooltip, so nothing cut short on the card is
 * lost.
 *
 * <p>On a slide ({@link MapMetrics#compact()}) a card is narrower and lower, and shows what an audience reads from
 * across a room: the name on up to four lines, two points smaller, and the channel with the actors' chips that fit;
 * its marks and figure lines as on paper. The reach and the pain point's text are left to the tooltip (the reach is
 * also in the friction lane's tooltip, the pain point in its lane).
 */
final class CardLayout {

    static final double HEIGHT = 112;
    /** The height a line of trend or loss adds to every card of a map that has one. */
    static final double FIGURE_LINE = 16;
    static final double PADDING = 10;
    /** The most lines a name takes on a card, however tall: past it the full name is in the tooltip. */
    private static final int MAX_NAME_LINES = 5;
    /** The side of a channel icon: large enough to tell the icons apart on a card, printed or on screen. */
    static final double ICON = 15;
    private static final double MARKER_STEP = 20;

    private static final double HEAT_BAR = 5;
    /** An actor chip's height (and the width of a round one), its initials' size and the space between chips. */
    private static final double CHIP = 20;
    private static final double CHIP_TEXT = JourneyLayout.MIN_TEXT;
    private static final double CHIP_GAP = 3;
    /** The width of a card's channel name the actor chips leave free, so that "email" is not cut to "e…". */
    private static final double CHANNEL_ROOM = 48;

    private final Journey journey;
    private final JourneyGraph graph;
    private final boolean painText;
    private final Optional<JourneyAnalysis> analysis;
    private final double nameSize;
    private final Words words;
    private final LaneContent content;
    private final boolean trendLine;
    private final boolean lossLine;
    /**
     * Each actor's name and initials, by persona id, found once per row: a journey of 10,000 touchpoints and six
     * personas split and measured the same few names some 200,000 times.
     */
    private final Map<String, String> actorNames = new HashMap<>();
    private final Map<String, String> actorInitials = new HashMap<>();
    private final MapMetrics metrics;
    /** The space inside the card's edge: less on a slide's narrow card. */
    private final double padding;

    /**
     * A card maker; {@code painText}: whether cards show their worst pain point's text (no pain point lane);
     * {@code analysis}: the journey's analysis when the map shows friction; {@code nameSize}: the font size of the
     * touchpoint's name, 11 to 15 (three lines of it fit above the pain text), two less on a slide but not below 11;
     * {@code metrics}: the card's size and form.
     */
    CardLayout(Journey journey, JourneyGraph graph, boolean painText, Optional<JourneyAnalysis> analysis,
            double nameSize, Words words, LaneContent content, MapMetrics metrics) {
        this.content = content;
        this.metrics = metrics;
        this.padding = metrics.compact() ? 7 : PADDING;
        this.trendLine = analysis.isPresent() && content.anyTrend();
        this.lossLine = analysis.isPresent() && content.anyLoss();
        this.nameSize = metrics.compact() ? Math.max(Typography.Text.CARD.min(), nameSize - 2) : nameSize;
        this.words = words;
        this.journey = journey;
        this.graph = graph;
        this.painText = painText;
        this.analysis = analysis;
    }

    /** The height of every card of this map: one line taller for trends, one for losses, when the map has any. */
    double height() {
        return metrics.cardHeight() + (trendLine ? FIGURE_LINE : 0) + (lossLine ? FIGURE_LINE : 0);
    }

    Group card(Touchpoint t, double x, double y) {
        double width = metrics.cardWidth();
        double height = height();
        boolean compact = metrics.compact();
        boolean exit = graph.isExit(t.id());
        List<Node> parts = new ArrayList<>();
        // Ifs rather than Optional's methods with lambdas throughout a card: each lambda that captures a value is an
        // object made through a method handle, which the launcher's compiler (C1) calls the VM for, on every card.
        boolean assumed = t.evidence().isPresent() && t.evidence().get() == Evidence.ASSUMED;
        parts.add(new Box(Role.CARD, x, y, width, height, 8, 0, assumed));
        Optional<TouchpointAnalysis> analysed = analysis.isPresent() ? analysis.get().touchpoint(t.id())
                : Optional.empty();
        if (analysed.isPresent() && FrictionLane.hasInputs(analysed.get())) {
            parts.add(new Box(Role.HEAT, x + 2, y + 10, HEAT_BAR, height - 20, 2,
                    FrictionLane.level(analysed.get().friction()), false));
        }
        String reach = compact || analysed.isEmpty() ? ""
                : words.get("card.reach", words.percent(analysed.get().reach()));
        double reachWidth = reach.isEmpty() ? 0 : TextWrap.width(reach, 10, true) + 8;
        if (!reach.isEmpty()) {
            parts.add(JourneyLayout.text(Role.REACH_TEXT, 10, true, Anchor.END, List.of(reach),
                    x + width - padding, y + height - 30, 12));
        }
        // Text keeps clear of the heat bar, as far from it as from the card's other edges; on a slide's card closer,
        // so that an 80-unit line holds "confirmation" whole.
        double left = analysed.isPresent() ? x + 2 + HEAT_BAR + (compact ? 2 : 5) : x + padding;
        double textWidth = x + width - padding - left;
        List<Marker> markers = topMarkers(t, x + width - padding - 6, y + padding + 6);
        Optional<Integer> rank = analysis.isPresent() ? analysis.get().hotspotRank(t.id()) : Optional.empty();
        List<Node> rankText = new ArrayList<>();
        if (rank.isPresent()) {
            // The rank stands with the card's other marks, so the hotspot reads on its card as in its lane.
            double cx = x + width - padding - 6 - markers.size() * MARKER_STEP;
            markers.add(new Marker(Role.HOTSPOT_BADGE, Shape.CIRCLE, cx, y + padding + 6, 8, 0));
            rankText.add(JourneyLayout.text(Role.HOTSPOT_RANK, 10, true, Anchor.MIDDLE,
                    List.of(words.count(rank.get())), cx, y + padding + 9.5, 12));
        }
        // The channel's line at the foot; on a slide's card, which has no reach line, the figures right above it.
        double baseline = compact ? y + height - padding : y + height - PADDING - 2;
        figureLines(parts, t.id(), analysed, left, textWidth, compact ? baseline - 18 : y + height - 46);
        double nameWidth = textWidth - markers.size() * MARKER_STEP;
        int nameAt = parts.size();
        Optional<PainPoint> pain = painText && !compact ? worstPain(t) : Optional.empty();
        if (pain.isPresent()) {
            parts.add(JourneyLayout.text(Role.PAIN_TEXT, 11, false, Anchor.START,
                    List.of(TextWrap.line(pain.get().text(), 11, false, textWidth - reachWidth)), left,
                    y + height - 30, 14));
        }
        // A slide's card marks an exit without the word, which would leave its channel no room: the key names it.
        String exitWord = compact ? "" : words.get("card.exit");
        double exitWidth = !exit ? 0 : compact ? MARKER_STEP : MARKER_STEP + TextWrap.width(exitWord, 10, true) + 4;
        String icon = ChannelIcons.of(t.channel());
        double indent = 0;
        if (!icon.isEmpty()) {
            // Centred on the text's x-height, so icon and words read as one line.
            parts.add(new Icon(Role.CHANNEL_ICON, icon, left, baseline - 4 - ICON / 2, ICON));
            indent = ICON + 5;
        }
        double channelWidth = textWidth - exitWidth - indent;
        String channelName = words.channel(t.channel());
        List<Node> chips = actorChips(t, channelName, left + textWidth - exitWidth, baseline - 4, channelWidth);
        if (!chips.isEmpty()) {
            channelWidth = chipsLeft(chips) - CHIP_GAP - left - indent;
        }
        String channel = TextWrap.line(channelName, 11, false, channelWidth);
        if (compact && channel.equals(TextWrap.ELLIPSIS)) {
            channel = ""; // the icon says the channel; an ellipsis alone says nothing
        }
        if (!channel.isEmpty()) {
            parts.add(JourneyLayout.text(Role.CARD_CHANNEL, 11, false, Anchor.START, List.of(channel),
                    left + indent, baseline, 14));
        }
        parts.addAll(chips);
        parts.addAll(markers);
        parts.addAll(rankText);
        if (exit) {
            double markerX = x + width - padding - 6;
            if (!exitWord.isEmpty()) {
                parts.add(JourneyLayout.text(Role.EXIT_LABEL, 10, true, Anchor.END, List.of(exitWord), markerX - 10,
                        baseline, 12));
            }
            parts.add(new Marker(Role.EXIT_MARKER, Shape.STOP, markerX, baseline - 4, 6, 0));
        }
        // The name takes every line down to what the card draws under it (the exit mark included: a card without a
        // channel has nothing else on that line), rather than end in an ellipsis above an empty band: three lines
        // over the pain text and the reach, more where a card has neither.
        double first = y + padding + nameSize;
        List<String> name = compact
                ? TextWrap.wrapOnOwnLine(t.name(), nameSize, true, nameWidth, nameLines(parts, y, first))
                : TextWrap.wrap(t.name(), nameSize, true, nameWidth, nameLines(parts, y, first));
        if (compact && !markers.isEmpty()) {
            // A slide's card is too narrow for a name beside two marks or more ("Dispu / tes / the p / aym…"), beside
            // one when a word of the name would be broken ("prior / itised"), or cut there when it would be whole
            // across the card, or longer there ("Browses / the / online / lookbook"): the name then starts a line
            // lower, under the marks, across the card.
            double lower = first + nameSize + 4;
            List<String> under = TextWrap.wrapOnOwnLine(t.name(), nameSize, true, textWidth,
                    nameLines(parts, y, lower));
            if (markers.size() * MARKER_STEP > textWidth / 3 || longestWord(t.name()) > nameWidth
                    || !isCut(under) && (isCut(name) || under.size() + 1 < name.size())) {
                name = under;
                first = lower;
            }
        }
        if (!name.isEmpty()) {
            parts.add(nameAt, JourneyLayout.text(Role.CARD_NAME, nameSize, true, Anchor.START, name, left,
                    first, nameSize + 4));
        }
        return new Group(Role.TOUCHPOINT, t.id(), tooltip(t, exit, analysed, rank), parts);
    }

    private static boolean isCut(List<String> lines) {
        return !lines.isEmpty() && lines.get(lines.size() - 1).endsWith(TextWrap.ELLIPSIS);
    }

    /** The width of the widest word of {@code name} in the card's name type. */
    private double longestWord(String name) {
        double widest = 0;
        for (String word : name.split("\\s+")) {
            widest = Math.max(widest, TextWrap.width(word, nameSize, true));
        }
        return widest;
    }

    /**
     * The loss line (at {@code baseline}) and the trend line (above it, or there when the map has no losses), each
     * only on a card that has one to show.
     */
    private void figureLines(List<Node> parts, String id, Optional<TouchpointAnalysis> analysed, double left,
            double width, double baseline) {
        if (analysed.isEmpty()) {
            return;
        }
        if (lossLine && analysed.get().customersLost() > 0) {
            String figure = words.shown(LaneContent.perThousand(analysed.get().customersLost()));
            String lost = words.get("card.lost", figure);
            // A slide's card too narrow for the sentence shows the figure alone, as the key shows it ("12"), rather
            // than cut it ("105/1,000…").
            if (metrics.compact() && TextWrap.width(lost, 10, true) > width) {
                lost = figure;
            }
            parts.add(JourneyLayout.text(Role.LOSS_TEXT, 10, true, Anchor.START,
                    List.of(TextWrap.line(lost, 10, true, width)), left, baseline, 12));
        }
        double trendBaseline = lossLine ? baseline - FIGURE_LINE : baseline;
        content.trend(id).ifPresent(trend -> parts.add(JourneyLayout.text(
                trend.isImprovement() || trend.direction() == MetricTrend.Direction.STEADY
                        ? Role.TREND_TEXT : Role.TREND_WORSE,
                10, false, Anchor.START, List.of(TextWrap.line(trendLine(trend, width), 10, false, width)), left,
                trendBaseline, 12)));
    }

    /**
     * The trend's line for a card's {@code width}: on a slide's narrow card, without the answers, then without the
     * points' word, when the whole line does not fit ("CSAT 46% ▼17" rather than "CSAT 46% ▼1…"; all of it is in the
     * tooltip).
     */
    private String trendLine(MetricTrend trend, double width) {
        String line = content.trendLine(trend);
        if (metrics.compact() && TextWrap.width(line, 10, false) > width) {
            line = content.trendFigure(trend, true);
            if (TextWrap.width(line, 10, false) > width) {
                line = content.trendFigure(trend, false);
            }
        }
        return line;
    }

    /**
     * How many lines of the name fit between the card's top and the highest text, icon or mark of {@code below}
     * under the name's first line (the card at {@code top}).
     */
    private int nameLines(List<Node> below, double top, double first) {
        double floor = top + height() - padding / 2;
        for (Node n : below) {
            double partTop = Double.MAX_VALUE;
            if (n instanceof Scene.TextBlock text) {
                for (Scene.TextLine line : text.lines()) { // a loop: this runs for every part of every card
                    partTop = Math.min(partTop, line.y() - text.size());
                }
            } else if (n instanceof Icon icon) {
                partTop = icon.y();
            } else if (n instanceof Marker mark) {
                partTop = mark.y() - mark.size();
            }
            if (partTop > first) {
                floor = Math.min(floor, partTop);
            }
        }
        int lines = 0;
        while (lines < MAX_NAME_LINES && first + lines * (nameSize + 4) + nameSize / 4 <= floor) {
            lines++;
        }
        return Math.max(1, lines);
    }

    private static List<Marker> topMarkers(Touchpoint t, double x, double y) {
        List<Marker> markers = new ArrayList<>();
        Optional<PainPoint> pain = worstPain(t);
        if (pain.isPresent()) {
            markers.add(new Marker(Role.PAIN_MARKER, Shape.TRIANGLE, x, y, 7, pain.get().severity().ordinal()));
        }
        if (t.momentOfTruth()) {
            markers.add(new Marker(Role.MOMENT_OF_TRUTH, Shape.STAR, x - markers.size() * MARKER_STEP, y, 7, 0));
        }
        return markers;
    }

    /** The first of the most severe pain points, so the card shows what hurts most. */
    private static Optional<PainPoint> worstPain(Touchpoint t) {
        PainPoint worst = null;
        for (PainPoint p : t.painPoints()) {
            if (worst == null || p.severity().compareTo(worst.severity()) > 0) {
                worst = p;
            }
        }
        return Optional.ofNullable(worst);
    }

    private String tooltip(Touchpoint t, boolean exit, Optional<TouchpointAnalysis> analysed,
            Optional<Integer> rank) {
        List<String> lines = new ArrayList<>();
        lines.add(t.name());
        if (!t.channel().isEmpty()) {
            lines.add(words.get("tip.channel", words.channel(t.channel())));
        }
        if (!t.actors().isEmpty()) {
            List<String> names = new ArrayList<>(t.actors().size()); // loops and ifs: see card
            for (String actor : t.actors()) {
                names.add(personaName(actor));
            }
            lines.add(words.get("tip.actors", words.list(names)));
        }
        if (t.emotion().isPresent()) {
            lines.add(words.get("tip.emotion", words.emotion(t.emotion().get())));
        }
        for (Map.Entry<String, Emotion> e : t.emotionByPersona().entrySet()) {
            lines.add(words.get("tip.emotionOf", personaName(e.getKey()), words.emotion(e.getValue())));
        }
        if (!t.thought().isEmpty()) {
            lines.add(words.get("tip.thought", words.quoted(t.thought())));
        }
        for (PainPoint p : t.painPoints()) {
            lines.add(words.get("tip.painPoint", words.severity(p.severity()), p.text()));
        }
        for (Opportunity o : t.opportunities()) {
            lines.add(words.get("tip.opportunity", o.text())
                    + (o.owner().isEmpty() ? "" : "; " + words.get("tip.owner", o.owner()))
                    + o.due().map(d -> "; " + words.get("tip.due", words.date(d))).orElse("")
                    + (o.kpi().isEmpty() ? "" : "; " + words.get("tip.kpi", o.kpi())));
        }
        if (!t.backstage().isEmpty()) {
            lines.add(words.get("tip.backstage", String.join("; ", t.backstage())));
        }
        if (!t.support().isEmpty()) {
            lines.add(words.get("tip.support", String.join("; ", t.support())));
        }
        if (t.momentOfTruth()) {
            lines.add(words.get("tip.momentOfTruth"));
        }
        if (t.evidence().isPresent()) {
            lines.add(words.get("tip.evidence", words.evidence(t.evidence().get())));
        }
        if (exit) {
            lines.add(words.get("tip.exit"));
        }
        if (analysed.isPresent()) {
            TouchpointAnalysis a = analysed.get();
            lines.add(words.get("tip.reach", words.percent(a.reach())));
            String friction = words.decimal(a.friction(), 2);
            lines.add(!FrictionLane.hasInputs(a) ? words.get("tip.noData")
                    : rank.isPresent() ? words.get("tip.frictionHotspot", friction, rank.get())
                    : words.get("tip.friction", friction));
            if (a.customersLost() > 0) {
                lines.add(words.get("tip.lost", words.shown(LaneContent.perThousand(a.customersLost()))));
            }
            Optional<MetricTrend> trend = content.trend(t.id());
            if (trend.isPresent()) {
                lines.add(content.trendTip(trend.get()));
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Who lives the touchpoint, when the journey has several personas: a chip per actor with its initials, the full
     * name in the chip's tooltip, in the actors' order and ending at {@code right} on the channel line (centred on
     * {@code cy}). Names as text were cut to "Busy…" and "Ana,…" on a card's last line; two letters in a chip always
     * fit. The chips leave the channel's name at least {@link #CHANNEL_ROOM} of {@code room} (its whole width when
     * shorter); actors beyond what fits are counted in a last chip ("+2"), named in the card's tooltip.
     */
    private List<Node> actorChips(Touchpoint t, String channel, double right, double cy, double room) {
        if (t.actors().isEmpty() || journey.personas().size() < 2) {
            return List.of();
        }
        double channelRoom = channel.isBlank() ? 0
                : Math.min(CHANNEL_ROOM, TextWrap.width(channel, 11, false)) + CHIP_GAP;
        double space = room - channelRoom;
        List<String> ids = t.actors();
        int shown = ids.size();
        while (shown > 0 && chipsWidth(ids, shown) > space) {
            shown--;
        }
        List<Node> chips = new ArrayList<>();
        double x = right - chipsWidth(ids, shown);
        for (int i = 0; i < shown; i++) {
            boolean more = i == shown - 1 && shown < ids.size();
            String name = personaName(ids.get(i));
            String text = more ? "+" + words.count(ids.size() - i) : actorInitials(ids.get(i));
            String tip = more ? words.list(ids.subList(i, ids.size()).stream().map(this::personaName).toList())
                    : name;
            double w = chipWidth(text);
            chips.add(new Group(Role.ACTOR, tip, List.of(
                    new Box(Role.ACTOR_CHIP, x, cy - CHIP / 2, w, CHIP, CHIP / 2, 0, false),
                    JourneyLayout.text(Role.ACTOR_INITIALS, CHIP_TEXT, true, Anchor.MIDDLE, List.of(text),
                            x + w / 2, cy + 3.5, CHIP_TEXT + 2))));
            x += w + CHIP_GAP;
        }
        return chips;
    }

    /** The width of the first {@code shown} chips of {@code ids} with their gaps, the last one counting the rest. */
    private double chipsWidth(List<String> ids, int shown) {
        double width = 0;
        for (int i = 0; i < shown; i++) {
            boolean more = i == shown - 1 && shown < ids.size();
            width += chipWidth(more ? "+" + words.count(ids.size() - i) : actorInitials(ids.get(i)))
                    + (i > 0 ? CHIP_GAP : 0);
        }
        return width;
    }

    private static double chipWidth(String text) {
        return Math.max(CHIP, TextWrap.width(text, CHIP_TEXT, true) + 8);
    }

    private static double chipsLeft(List<Node> chips) {
        return ((Box) ((Group) chips.get(0)).children().get(0)).x();
    }

    /**
     * Two letters for a name, as a chip shows it: the first letters of its first and last words ("Busy Ben" → "BB"),
     * of the name before a comma or bracket ("Ana Horvat, owner" → "AH"), or the first two of a one-word name
     * ("Support" → "SU"); letters whole (a letter with its accents, a Persian letter), upper case where the script
     * has it.
     */
    static String initials(String name) {
        String main = name.split("[,;:(\\[/\u060c\u061b]", 2)[0];
        List<String> words = new ArrayList<>();
        for (String word : (main.isBlank() ? name : main).strip().split("[\\s\\p{Punct}\\p{IsPunctuation}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return "?";
        }
        String letters = words.size() == 1 ? graphemes(words.get(0), 2)
                : graphemes(words.get(0), 1) + graphemes(words.get(words.size() - 1), 1);
        return letters.toUpperCase(Locale.ROOT);
    }

    /** The first {@code count} user-perceived characters of {@code word}. */
    private static String graphemes(String word, int count) {
        java.text.BreakIterator chars = java.text.BreakIterator.getCharacterInstance(Locale.ROOT);
        chars.setText(word);
        int end = 0;
        for (int i = 0; i < count; i++) {
            int next = chars.next();
            if (next == java.text.BreakIterator.DONE) {
                break;
            }
            end = next;
        }
        return word.substring(0, end);
    }

    // get and put rather than computeIfAbsent with a lambda that captures this: see card
    private String personaName(String id) {
        String name = actorNames.get(id);
        if (name == null) {
            name = journey.persona(id).map(Persona::name).orElse(id);
            actorNames.put(id, name);
        }
        return name;
    }

    private String actorInitials(String id) {
        String initials = actorInitials.get(id);
        if (initials == null) {
            initials = initials(personaName(id));
            actorInitials.put(id, initials);
        }
        return initials;
    }
}
