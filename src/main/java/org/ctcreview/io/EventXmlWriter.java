package org.ctcreview.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.ctcreview.model.CellSearchEvent;
import org.ctcreview.model.GridLayout;

/** Renders the CellTracks-style event XML. */
final class EventXmlWriter {
    private EventXmlWriter() {
    }

    static byte[] toXml(GridLayout layout, List<String> channels, List<CellSearchEvent> events) {
        StringBuilder sb = new StringBuilder(256 + events.size() * 220);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<export>\n  <runs>\n    <record>\n");
        tag(sb, 6, "numcols", layout.cols());
        tag(sb, 6, "numrows", layout.rows());
        tag(sb, 6, "camxsize", layout.frameWidth());
        tag(sb, 6, "camysize", layout.frameHeight());
        sb.append("    </record>\n  </runs>\n  <test_filters>\n");
        for (String c : channels) {
            sb.append("    <record>\n");
            tag(sb, 6, "filtername", escape(c));
            sb.append("    </record>\n");
        }
        sb.append("  </test_filters>\n  <events>\n");
        for (CellSearchEvent e : events) {
            sb.append("    <record>\n");
            tag(sb, 6, "rid", e.rid());
            tag(sb, 6, "framenum", e.frameNumber());
            tag(sb, 6, "location", String.format(Locale.ROOT, "(%d,%d),(%d,%d)",
                    Math.round(e.x0()), Math.round(e.y0()), Math.round(e.x1()), Math.round(e.y1())));
            if (e.assigned() != null) {
                tag(sb, 6, "assigned", e.assigned());
            }
            if (e.numSelected() != null) {
                tag(sb, 6, "numselected", e.numSelected());
            }
            sb.append("    </record>\n");
        }
        sb.append("  </events>\n</export>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void tag(StringBuilder sb, int indent, String name, Object value) {
        sb.append(" ".repeat(indent)).append('<').append(name).append('>').append(value)
                .append("</").append(name).append(">\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
