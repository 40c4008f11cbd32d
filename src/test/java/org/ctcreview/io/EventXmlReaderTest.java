package org.ctcreview.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctcreview.model.CartridgeXml;
import org.ctcreview.model.CellSearchEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventXmlReaderTest {
    @TempDir
    Path tmp;

    private CartridgeXml parse(String xml) throws IOException {
        return EventXmlReader.read(Files.writeString(tmp.resolve("e.xml"), xml));
    }

    @Test
    void readsTheStandardLayout() throws IOException {
        CartridgeXml x = parse("""
                <?xml version="1.0"?>
                <export>
                  <runs><record><numcols>35</numcols><numrows>5</numrows><camxsize>1384</camxsize>
                    <camysize>1036</camysize></record></runs>
                  <test_filters><record><filtername>DAPI</filtername></record><record><filtername>FITC</filtername>
                    </record><record><filtername>CK-PE</filtername></record><record><filtername>CD45-APC</filtername></record>
                  </test_filters>
                  <events><record><rid>7</rid><framenum>12</framenum><location>(100,200),(140,236)</location>
                    <assigned>true</assigned><numselected>1</numselected></record></events>
                </export>""");
        assertEquals(35, x.run().numCols());
        assertEquals(5, x.run().numRows());
        assertEquals(List.of("DAPI", "FITC", "CK", "CD45"), x.channels());
        assertEquals(List.of(new CellSearchEvent(7, 12, 100, 200, 140, 236, true, 1)), x.events());
        assertTrue(x.warnings().isEmpty(), x.warnings().toString());
    }

    @Test
    void toleratesCaseWhitespaceExtraAndMissingFields() throws IOException {
        CartridgeXml x = parse("""
                <Export xmlns="urn:celltracks">
                  <Runs><Record><NumCols> 35 </NumCols><NumRows>5</NumRows><Operator>JD</Operator></Record></Runs>
                  <Events>
                    <Record><RID>1</RID><FrameNum>3</FrameNum><Location> ( 10 , 20 ) , ( 30.5 , 44 ) </Location>
                      <Assigned>FALSE</Assigned><Extra>x</Extra></Record>
                    <Record><Location>(5,5),(9,9)</Location><Assigned>maybe</Assigned></Record>
                    <Record><RID>3</RID><FrameNum>2</FrameNum></Record>
                  </Events>
                </Export>""");
        assertEquals(35, x.run().numCols());
        assertNull(x.run().camXSize());
        assertTrue(x.channels().isEmpty());
        assertEquals(2, x.events().size());
        CellSearchEvent a = x.events().get(0);
        assertEquals(new CellSearchEvent(1, 3, 10, 20, 30.5, 44, false, null), a);
        CellSearchEvent b = x.events().get(1);
        assertEquals(0, b.frameNumber(), "frame resolved later from the location");
        assertNull(b.assigned());
        assertFalse(x.warnings().isEmpty());
        assertTrue(x.warnings().stream().anyMatch(w -> w.contains("maybe")));
        assertTrue(x.warnings().stream().anyMatch(w -> w.contains("rid 3") && w.contains("location")));
    }

    @Test
    void missingSectionsAreWarningsNotErrors() throws IOException {
        CartridgeXml x = parse("<export/>");
        assertTrue(x.events().isEmpty());
        assertEquals(3, x.warnings().size(), x.warnings().toString());
    }

    @Test
    void locationCornersAreOrdered() {
        double[] b = EventXmlReader.box("(50,60),(10,20)");
        assertEquals(10, b[0]);
        assertEquals(20, b[1]);
        assertEquals(50, b[2]);
        assertEquals(60, b[3]);
        assertNull(EventXmlReader.box("(1,2)"));
    }
}
