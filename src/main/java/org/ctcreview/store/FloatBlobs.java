package org.ctcreview.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** float32 arrays as little-endian BLOBs, the byte order numpy and most readers assume. */
final class FloatBlobs {
    private FloatBlobs() {
    }

    static byte[] toBytes(float[] values) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(values);
        return buf.array();
    }

    static float[] toFloats(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("a float32 blob of " + bytes.length + " bytes is not a multiple of 4");
        }
        float[] out = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
