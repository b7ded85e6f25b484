package io.brokerlab.launcher.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's config documentation is written for its HTML reference page ({@code <code>}, {@code <p>},
 * {@code <ul><li>}, {@code &lt;}...); a form or a terminal shows text. This turns it into readable plain text once,
 * when the catalog is built: tags gone, paragraphs as blank lines, list items as "• ", entities decoded, blanks
 * collapsed.
 */
final class HtmlText {

    /**
     * Only HTML's own tag names are tags: a documentation may well write a placeholder such as {@code <user>}
     * unescaped, and that must stay readable.
     */
    private static final Pattern TAG = Pattern.compile(
            "<(/?)(a|b|i|u|em|strong|code|tt|pre|kbd|var|samp|span|div|p|br|ul|ol|li|dl|dt|dd|table|thead|tbody|tr"
                    + "|td|th|h[1-6]|sup|sub|small|big)\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—", "hellip", "…", "times", "×");
    private static final String BULLET = "• ";
    private static final Pattern SENTENCE_BREAK = Pattern.compile("([.:)]|</code>)\\s*%n");

    private HtmlText() {
    }

    /** The text of {@code html}; null stays null. */
    static String toPlain(String html) {
        if (html == null) {
            return null;
        }
        // some of Kafka's strings (listeners') were meant for String.format, which never ran over them: a line
        // ends after a sentence or an example, but a "%n" inside a sentence reads as a space, as in Kafka's HTML page
        String flat = SENTENCE_BREAK.matcher(html).replaceAll("$1<br>").replace("%n", " ").replaceAll("\\s+", " ");
        return normalized(decoded(withoutTags(flat)));
    }

    private static String withoutTags(String html) {
        Matcher tag = TAG.matcher(html);
        StringBuilder text = new StringBuilder();
        while (tag.find()) {
            tag.appendReplacement(text, Matcher.quoteReplacement(
                    replacement(tag.group(2).toLowerCase(Locale.ROOT), tag.group(1).isEmpty())));
        }
        tag.appendTail(text);
        return text.toString();
    }

    private static String replacement(String name, boolean opening) {
        return switch (name) {
            case "p", "div", "ul", "ol", "dl", "pre", "table", "h1", "h2", "h3", "h4", "h5", "h6" -> "\n\n";
            case "br", "tr", "dt" -> "\n";
            case "li" -> opening ? "\n" + BULLET : "\n";
            case "td", "th", "dd" -> " ";
            default -> "";
        };
    }

    private static String decoded(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(character(entity.group(1), entity.group())));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    /** The character an entity names, or the entity as written when it names none. */
    private static String character(String name, String written) {
        if (!name.startsWith("#")) {
            return NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), written);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(code) ? Character.toString(code) : written;
    }

    /** Each line stripped, blanks inside a line collapsed, at most one empty line in a row, none at either end. */
    private static String normalized(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String clean = line.replaceAll("[ \\t\\u00A0]+", " ").strip();
            if (clean.equals(BULLET.strip())) {
                continue; // an empty list item
            }
            boolean blank = clean.isEmpty();
            if (blank && (lines.isEmpty() || lines.get(lines.size() - 1).isEmpty())) {
                continue;
            }
            lines.add(clean);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }
}
