package org.ctcreview.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A lossless cell crop: {@code channels x height x width} values, channel-major then row-major, stored
 * little-endian as {@code dtype}; {@code scalingJson} says how values map back to camera intensities.
 */
public record CropRow(int width, int height, int channels, CropDtype dtype, byte[] data, String scalingJson) {

    public CropRow {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(data, "data");
        if (width < 1 || height < 1 || channels < 1) {
            throw new IllegalArgumentException("crop size must be positive: " + channels + "x" + height + "x" + width);
        }
        long expected = (long) width * height * channels * dtype.bytesPerValue();
        if (data.length != expected) {
            throw new IllegalArgumentException("crop data has " + data.length + " bytes, expected " + expected);
        }
    }

    public static CropRow f32(int width, int height, int channels, float[] values, String scalingJson) {
        return new CropRow(width, height, channels, CropDtype.F32, FloatBlobs.toBytes(values), scalingJson);
    }

    /** 16-bit unsigned values held in shorts (read them back with {@code & 0xffff}). */
    public static CropRow u16(int width, int height, int channels, short[] values, String scalingJson) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        buf.asShortBuffer().put(values);
        return new CropRow(width, height, channels, CropDtype.U16, buf.array(), scalingJson);
    }

    public static CropRow u8(int width, int height, int channels, byte[] values, String scalingJson) {
        return new CropRow(width, height, channels, CropDtype.U8, values.clone(), scalingJson);
    }

    /** The values as floats, whatever the stored type (unsigned for u8 and u16). */
    public float[] toFloats() {
        int n = width * height * channels;
        float[] out = new float[n];
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            out[i] = switch (dtype) {
                case U8 -> buf.get(i) & 0xff;
                case U16 -> buf.getShort(2 * i) & 0xffff;
                case F32 -> buf.getFloat(4 * i);
            };
        }
        return out;
    }
}
