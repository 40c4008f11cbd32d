package org.ctcreview.store;

/** Where a cartridge's cells came from: whole CellSearch frames, or a folder of ready-made thumbnails. */
public enum CartridgeKind {
    CELLSEARCH("cellsearch"),
    THUMBNAILS("thumbnails");

    private final String code;

    CartridgeKind(String code) {
        this.code = code;
    }

    /** The text stored in the database. */
    public String code() {
        return code;
    }

    public static CartridgeKind fromCode(String code) {
        for (CartridgeKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown cartridge kind '" + code + "'");
    }
}
