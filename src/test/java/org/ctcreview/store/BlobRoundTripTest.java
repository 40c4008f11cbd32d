package org.ctcreview.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void givenCropsOfEachDtype_whenStoredAndRead_thenBitsAreIdentical() {
        Random rnd = new Random(42);
        float[] f = Fixtures.randomFloats(rnd, 3 * 48 * 48);
        f[0] = Float.MIN_VALUE;
        f[1] = -0.0f;
        f[2] = Float.MAX_VALUE;
        short[] s = new short[3 * 48 * 48];
        byte[] b = new byte[3 * 48 * 48];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) rnd.nextInt(65536);
            b[i] = (byte) rnd.nextInt(256);
        }
        try (Project p = Project.open(dir)) {
            long cartridge;
            long[] cellIds = new long[3];
            try (ImportTransaction tx = p.beginImport()) {
                cartridge = tx.addCartridge(CartridgeRow.thumbnails(tx.addPatient("T1"), "/thumbs", Fixtures.CHANNELS));
                CropRow[] crops = {CropRow.f32(48, 48, 3, f, "{\"a\":1}"), CropRow.u16(48, 48, 3, s, null),
                    CropRow.u8(48, 48, 3, b, null)};
                for (int i = 0; i < 3; i++) {
                    cellIds[i] = tx.addCell(new CellRow(cartridge, null, null, 0, 0, 48, 48, 24, 24, 24, 24, 0, "thumbs"));
                    tx.addCrop(cellIds[i], crops[i]);
                }
                tx.commit();
            }
            CropRow f32 = p.crops().get(cellIds[0]).orElseThrow();
            assertEquals(CropDtype.F32, f32.dtype());
            assertEquals("{\"a\":1}", f32.scalingJson());
            assertArrayEquals(f, f32.toFloats());
            assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(f32.toFloats()[1]));
            CropRow u16 = p.crops().get(cellIds[1]).orElseThrow();
            assertEquals(s[7] & 0xffff, (int) u16.toFloats()[7]);
            assertArrayEquals(CropRow.u16(48, 48, 3, s, null).data(), u16.data());
            assertArrayEquals(b, p.crops().get(cellIds[2]).orElseThrow().data());
            assertTrue(p.crops().get(9999).isEmpty());
            assertTrue(p.catalog().cells(cartridge).get(0).row().polygon() == null);
        }
    }

    @Test
    void givenEmbedding_whenStored_thenReadBackExactlyAndStoredLittleEndian() throws Exception {
        float[] v = Fixtures.randomFloats(new Random(7), 128);
        v[5] = -1.5f;
        long cell;
        long model;
        try (Project p = Project.open(dir)) {
            cell = Fixtures.importCartridge(p, "P1", 0, 1).cellIds().get(0);
            model = p.modelVersions().add(new ModelVersionRow("encoder", "dino-xcit-nano", "models/enc.pt",
                    "ff00", "{\"dim\":128}", null, null));
            long child = p.modelVersions().add(new ModelVersionRow("classifier", "svm", null, null, null, null, model));
            assertEquals(Long.valueOf(model), p.modelVersions().get(child).orElseThrow().row().parentId());
            p.embeddings().put(cell, model, v);
            assertArrayEquals(v, p.embeddings().get(cell, model).orElseThrow());
            p.embeddings().putAll(model, Map.of(cell, new float[] {1, 2, 3}));
            assertArrayEquals(new float[] {1, 2, 3}, p.embeddings().get(cell, model).orElseThrow());
            p.embeddings().put(cell, model, v);
            assertTrue(p.embeddings().get(cell, child).isEmpty());
            assertThrows(RuntimeException.class, () -> p.embeddings().put(9999, model, v));
            assertEquals(1, p.summary().embeddings());
            assertEquals(2, p.summary().modelVersions());
        }
        try (Connection c = DbContent.connect(dir); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT dim, vector FROM embeddings")) {
            rs.next();
            assertEquals(128, rs.getInt(1));
            ByteBuffer raw = ByteBuffer.wrap(rs.getBytes(2)).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(-1.5f, raw.getFloat(5 * 4));
        }
    }
}
