package org.ctcreview.store;

/** The value type of a stored crop; all are little-endian. */
public enum CropDtype {
    U8("u8", 1),
    U16("u16", 2),
    F32("f32", 4);

    private final String code;
    private final int bytes;

    CropDtype(String code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    public String code() {
        return code;
    }

    public int bytesPerValue() {
        return bytes;
    }

    public static CropDtype fromCode(String code) {
        for (CropDtype d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown crop dtype '" + code + "'");
    }
}
