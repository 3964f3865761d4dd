package id.crm.channel.email.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML mail body into plain text with jsoup. Nothing of the HTML survives but text:
 * script, style and other non-content elements are removed before the text is taken (jsoup keeps
 * script bodies as data nodes, which are never read), so the output contains no markup or code.
 * Block elements and {@code <br>} become line breaks, so that reply headers can still be found.
 * The quoted part of a reply, as the common clients mark it (Gmail {@code .gmail_quote}, Yahoo
 * {@code .yahoo_quoted}, Thunderbird {@code .moz-cite-prefix}, Outlook {@code #divRplyFwdMsg} and
 * everything after it, any {@code <blockquote>}) and their signature blocks are removed.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlText {

    private static final String NON_CONTENT = "head, script, style, noscript, template, title, object, embed, iframe, svg, math";
    private static final String QUOTES = "blockquote, .gmail_quote, .gmail_signature, .yahoo_quoted, .moz-cite-prefix, "
            + ".moz-signature, #Signature, [data-smartmail=gmail_signature]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "ul", "ol", "pre", "hr", "address", "section", "article", "header", "footer", "dd", "dt");

    private HtmlText() {
    }

    /** The text of an HTML document or fragment. */
    public static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(NON_CONTENT).remove();
        doc.select(QUOTES).remove();
        for (String outlookReply : new String[] {"#divRplyFwdMsg", "#appendonsend"}) {
            Element start = doc.selectFirst(outlookReply);
            if (start != null) {
                start.nextElementSiblings().remove();
                start.remove();
            }
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && "br".equals(e.normalName())) {
                    out.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !"br".equals(e.normalName())) {
                    newline(out);
                }
            }
        }, doc.body());
        return out.toString().replaceAll("[ \\u00a0]*\\n[ \\u00a0]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
