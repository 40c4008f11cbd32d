package org.ctcreview.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.CartridgeXml;
import org.ctcreview.model.CellSearchEvent;
import org.ctcreview.model.RunInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Parses a CellTracks event XML, tolerating variants: element names in any case and at any depth,
 * missing or extra fields, whitespace. Missing pieces become warnings; only XML that is not
 * well-formed is an error. An event without a frame number gets frame 0 (resolved later from its location).
 */
public final class EventXmlReader {
    private static final Pattern POINT = Pattern.compile("\\(\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\)");

    private EventXmlReader() {
    }

    public static CartridgeXml read(Path xml) {
        Document doc = parse(xml);
        List<String> warnings = new ArrayList<>();
        RunInfo run = run(doc, warnings);
        List<String> channels = channels(doc, warnings);
        List<CellSearchEvent> events = events(doc, warnings);
        return new CartridgeXml(run, channels, events, warnings);
    }

    private static Document parse(Path xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(xml.toFile());
        } catch (SAXException e) {
            throw new BadInputException(xml, "the event XML is not well-formed (" + e.getMessage() + ")",
                    "export the XML again from CellTracks, or import with --no-xml to skip the CellSearch events", e);
        } catch (IOException e) {
            if (!xml.toFile().canRead()) {
                throw FrameTiffReader.unreadable(xml, e);
            }
            throw new BadInputException(xml, "cannot read the event XML (" + e.getMessage() + ")",
                    "check the file, or import with --no-xml", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
    }

    private static RunInfo run(Document doc, List<String> warnings) {
        List<Element> runs = elements(doc.getDocumentElement(), "runs");
        Element record = runs.isEmpty() ? null : first(runs.get(0), "record");
        Element scope = record != null ? record : (runs.isEmpty() ? doc.getDocumentElement() : runs.get(0));
        RunInfo run = new RunInfo(intField(scope, "numcols", warnings), intField(scope, "numrows", warnings),
                intField(scope, "camxsize", warnings), intField(scope, "camysize", warnings));
        if (runs.isEmpty()) {
            warnings.add("no <runs> record; grid and frame size come from the frame count and the TIFFs");
        } else if (!run.hasGrid()) {
            warnings.add("run record lacks numcols/numrows; grid comes from the frame count");
        }
        return run;
    }

    private static List<String> channels(Document doc, List<String> warnings) {
        List<String> names = new ArrayList<>();
        for (Element tf : elements(doc.getDocumentElement(), "test_filters")) {
            for (Element name : elements(tf, "filtername")) {
                String t = name.getTextContent().trim();
                if (!t.isEmpty()) {
                    names.add(CellTracksFormat.canonicalChannel(t));
                }
            }
        }
        if (names.isEmpty()) {
            warnings.add("no channel names (test_filters/filtername); assuming " + CellTracksFormat.STANDARD_CHANNELS);
        }
        return names;
    }

    private static List<CellSearchEvent> events(Document doc, List<String> warnings) {
        List<CellSearchEvent> out = new ArrayList<>();
        List<Element> containers = elements(doc.getDocumentElement(), "events");
        if (containers.isEmpty()) {
            warnings.add("no <events> section; the cartridge is imported without CellSearch events");
            return out;
        }
        int index = 0;
        for (Element rec : children(containers.get(0), "record")) {
            index++;
            Integer rid = intField(rec, "rid", warnings);
            Integer frame = intField(rec, "framenum", warnings);
            String loc = text(rec, "location");
            double[] box = loc == null ? null : box(loc);
            if (box == null) {
                warnings.add("event " + (rid != null ? "rid " + rid : "#" + index)
                        + " has no readable location \"" + (loc == null ? "" : loc) + "\"; skipped");
                continue;
            }
            out.add(new CellSearchEvent(rid != null ? rid : index, frame != null ? frame : 0,
                    box[0], box[1], box[2], box[3], bool(text(rec, "assigned"), warnings, index),
                    intField(rec, "numselected", warnings)));
            if (rid == null) {
                warnings.add("event #" + index + " has no rid; numbered " + index);
            }
        }
        return out;
    }

    static double[] box(String location) {
        Matcher m = POINT.matcher(location);
        double[] p = new double[4];
        int n = 0;
        while (m.find() && n < 4) {
            p[n++] = Double.parseDouble(m.group(1));
            p[n++] = Double.parseDouble(m.group(2));
        }
        if (n < 4) {
            return null;
        }
        return new double[] {Math.min(p[0], p[2]), Math.min(p[1], p[3]), Math.max(p[0], p[2]), Math.max(p[1], p[3])};
    }

    private static Boolean bool(String v, List<String> warnings, int index) {
        if (v == null || v.isBlank()) {
            return null;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y" -> Boolean.TRUE;
            case "false", "0", "no", "n" -> Boolean.FALSE;
            default -> {
                warnings.add("event #" + index + ": assigned=\"" + v.trim() + "\" is not true/false; left unknown");
                yield null;
            }
        };
    }

    private static Integer intField(Element scope, String name, List<String> warnings) {
        String t = text(scope, name);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(t.trim()));
        } catch (NumberFormatException e) {
            warnings.add("<" + name + "> value \"" + t.trim() + "\" is not a number; ignored");
            return null;
        }
    }

    private static String text(Element scope, String name) {
        Element e = first(scope, name);
        return e == null ? null : e.getTextContent();
    }

    private static Element first(Element scope, String name) {
        for (Element c : children(scope, name)) {
            return c;
        }
        List<Element> deep = elements(scope, name);
        return deep.isEmpty() ? null : deep.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && matches(e, name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> elements(Element root, String name) {
        List<Element> out = new ArrayList<>();
        if (matches(root, name)) {
            out.add(root);
        }
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (matches(e, name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean matches(Element e, String name) {
        String n = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        return n.equalsIgnoreCase(name);
    }
}
